import type { Metadata } from "next";
import { formatDateTime } from "@/components/format";
import { ExecutionStatusBadge } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { FUNCTION_LABELS } from "@/lib/schedules/function-labels";

export const metadata: Metadata = { title: "Executions" };

export default async function ExecutionsPage() {
  const user = await requirePage("view");
  const executions = await (await db()).execution.findMany({
    where: { organizationId: user.organizationId },
    orderBy: { id: "desc" },
    take: 100,
    include: { schedule: { select: { name: true } }, triggeredBy: { select: { name: true } } },
  });
  return (
    <div className="space-y-4">
      <h1>Executions</h1>
      <div className="card overflow-x-auto">
        {executions.length === 0 ? (
          <p className="muted p-4">No execution yet.</p>
        ) : (
          <table className="table">
            <thead><tr><th>#</th><th>Schedule</th><th>Function</th><th>Trigger</th><th>Status</th><th>Started</th><th>Ended</th><th>Read</th><th>Sent</th><th>Rejected</th><th>Skipped</th></tr></thead>
            <tbody>
              {executions.map((e) => (
                <tr key={e.id}>
                  <td>{e.id}</td>
                  <td>{e.schedule.name}</td>
                  <td>{FUNCTION_LABELS[e.function].name}</td>
                  <td>{e.trigger === "MANUAL" ? `Manual${e.triggeredBy ? ` (${e.triggeredBy.name})` : ""}` : "Automatic"}</td>
                  <td><ExecutionStatusBadge status={e.status} /></td>
                  <td>{formatDateTime(e.startedAt)}</td>
                  <td>{formatDateTime(e.endedAt)}</td>
                  <td className="tabular-nums">{e.readCount}</td>
                  <td className="tabular-nums">{e.sentCount}</td>
                  <td className="tabular-nums">{e.rejectedCount}</td>
                  <td className="tabular-nums">{e.skippedCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
