import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/bar-chart";
import { formatDateTime } from "@/components/format";
import { ExecutionStatusBadge, TICKET_STATUS_LABELS } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { dashboardSummary } from "@/lib/dashboard/dashboard-summary";

// Server components render once per request; the window is computed outside render rules.
function daysAgo(days: number): Date {
  return new Date(Date.now() - days * 86_400_000);
}

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePage("view");
  const { counts, executions, iface, executionsByStatus } = await dashboardSummary(
    await db(),
    user.organizationId,
    daysAgo(7),
  );
  const EXECUTION_COLORS: Record<string, string> = {
    OK: "bg-emerald-500",
    WARNING: "bg-amber-500",
    ERROR: "bg-rose-500",
    RUNNING: "bg-sky-500",
    QUEUED: "bg-slate-400",
    CANCELLED: "bg-slate-300",
    INTERRUPTED: "bg-orange-400",
  };
  return (
    <div className="space-y-6">
      <div>
        <h1>Sync health</h1>
        <p className="muted">
          {user.organizationName} · {counts.total.toLocaleString("en")} tickets
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="card p-4">
          <h2 className="mb-3">S-360 ticket status</h2>
          <BarChart
            testId="chart-s360"
            bars={counts.s360.map((row) => ({ label: TICKET_STATUS_LABELS[row.status], value: row.count }))}
          />
        </section>
        <section className="card p-4">
          <h2 className="mb-3">TIXNGO lifecycle (by family)</h2>
          <BarChart
            testId="chart-tixngo"
            bars={counts.families.map((row) => ({
              label: row.label,
              value: row.count,
              className: row.family === "NONE" ? "bg-slate-300" : "bg-emerald-500",
            }))}
          />
        </section>
      </div>
      <section className="card p-4">
        <h2 className="mb-3">Executions of the last 7 days</h2>
        <BarChart
          testId="chart-executions"
          bars={["OK", "WARNING", "ERROR", "CANCELLED", "INTERRUPTED", "RUNNING", "QUEUED"].map((status) => ({
            label: status,
            value: executionsByStatus[status] ?? 0,
            className: EXECUTION_COLORS[status],
          }))}
        />
      </section>
      <section className="card p-4">
        <div className="mb-3 flex items-baseline justify-between">
          <h2>Latest executions</h2>
          <Link href="/executions" className="text-sm text-indigo-700 hover:underline">
            All executions
          </Link>
        </div>
        {!iface && <p className="muted">No TIXNGO interface is set up for this organization yet.</p>}
        {executions.length === 0 ? (
          <p className="muted">No execution yet.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>#</th>
                <th>Schedule</th>
                <th>Status</th>
                <th>Started</th>
                <th>Read / sent / rejected</th>
              </tr>
            </thead>
            <tbody>
              {executions.map((e) => (
                <tr key={e.id}>
                  <td>{e.id}</td>
                  <td>{e.schedule.name}</td>
                  <td>
                    <ExecutionStatusBadge status={e.status} />
                  </td>
                  <td>{formatDateTime(e.startedAt, user.timeZone)}</td>
                  <td className="tabular-nums">
                    {e.readCount} / {e.sentCount} / {e.rejectedCount}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
