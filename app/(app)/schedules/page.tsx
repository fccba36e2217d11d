import type { Metadata } from "next";
import { formatDateTime } from "@/components/format";
import { ExecutionStatusBadge } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { FUNCTION_LABELS } from "@/lib/schedules/function-labels";

export const metadata: Metadata = { title: "Schedules" };

export default async function SchedulesPage() {
  const user = await requirePage("view");
  const schedules = await (await db()).schedule.findMany({
    where: { organizationId: user.organizationId },
    orderBy: { name: "asc" },
    include: { executions: { orderBy: { id: "desc" }, take: 1, select: { status: true, endedAt: true } } },
  });
  return (
    <div className="space-y-4">
      <h1>Schedules</h1>
      <div className="card overflow-x-auto">
        {schedules.length === 0 ? (
          <p className="muted p-4">No schedule yet.</p>
        ) : (
          <table className="table">
            <thead><tr><th>Name</th><th>Function</th><th>Launch</th><th>Next run</th><th>Last execution</th><th>Enabled</th></tr></thead>
            <tbody>
              {schedules.map((s) => (
                <tr key={s.id}>
                  <td className="font-medium">{s.name}</td>
                  <td>{FUNCTION_LABELS[s.function].name}</td>
                  <td>{s.launchMode === "AUTOMATIC" ? `Automatic${s.frequencyMinutes ? `, every ${s.frequencyMinutes} min` : ""}` : "Manual"}</td>
                  <td>{formatDateTime(s.nextRunAt)}</td>
                  <td>{s.executions[0] ? <ExecutionStatusBadge status={s.executions[0].status} /> : "—"}</td>
                  <td>{s.enabled ? "Yes" : "No"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
