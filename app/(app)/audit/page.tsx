import type { Metadata } from "next";
import { formatDateTime } from "@/components/format";
import { requirePage } from "@/lib/auth/current-user";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const user = await requirePage("administer");
  const entries = await listAuditEntries(await db(), user.organizationId);
  return (
    <div className="space-y-4">
      <h1>Audit log</h1>
      <div className="card overflow-x-auto">
        {entries.length === 0 ? (
          <p className="muted p-4">No change recorded yet.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>Action</th>
                <th>What</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={String(e.id)}>
                  <td>{formatDateTime(e.at, user.timeZone)}</td>
                  <td>{e.user?.name ?? "system"}</td>
                  <td>{e.action}</td>
                  <td>{e.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
