import type { Metadata } from "next";
import { formatDateTime } from "@/components/format";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/current-user";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const user = await requirePage("administer");
  const entries = await listAuditEntries(await db(), user.organizationId);
  return (
    <div className="space-y-4">
      <PageHeader title="Audit log" />
      <DataTable
        rows={entries}
        rowKey={(e) => e.id}
        empty="No change recorded yet."
        columns={[
          { header: "When", cell: (e) => formatDateTime(e.at, user.timeZone) },
          { header: "Who", cell: (e) => e.user?.name ?? "system" },
          { header: "Action", cell: (e) => e.action },
          { header: "What", cell: (e) => e.summary },
        ]}
      />
    </div>
  );
}
