import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { formatDateTime, formatRelative, runDuration } from "@/components/format";
import { NextPageLink } from "@/components/next-page-link";
import { ExecutionDelayNote, ExecutionStatusBadge } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ZCursorText } from "@/lib/db/ids";
import { listExecutions } from "@/lib/executions/list-executions";
import { ExecutionStatus, ScheduleFunction } from "@/lib/generated/prisma/enums";
import { FUNCTIONS } from "@/lib/functions/registry";

export const metadata: Metadata = { title: "Executions" };

const ZFilters = z.object({
  status: z.enum(ExecutionStatus).optional().catch(undefined),
  function: z.enum(ScheduleFunction).optional().catch(undefined),
  after: ZCursorText,
});

export default async function ExecutionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePage("view");
  const filters = ZFilters.parse(await searchParams);
  const { rows: executions, nextAfter } = await listExecutions(await db(), user.organizationId, filters);
  const now = new Date();
  const running = executions.some((e) => e.status === "RUNNING" || e.status === "QUEUED");
  return (
    <div className="space-y-4">
      {/* A list with active runs reloads itself; the detail page follows a run live. */}
      {running && <meta httpEquiv="refresh" content="3" />}
      <h1>Executions</h1>
      <form className="card flex flex-wrap items-end gap-3 p-4">
        <div>
          <label className="label" htmlFor="status">
            Status
          </label>
          <select id="status" name="status" className="input" defaultValue={filters.status ?? ""}>
            <option value="">Any</option>
            {Object.values(ExecutionStatus).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="label" htmlFor="function">
            Function
          </label>
          <select id="function" name="function" className="input" defaultValue={filters.function ?? ""}>
            <option value="">Any</option>
            {Object.values(ScheduleFunction).map((f) => (
              <option key={f} value={f}>
                {FUNCTIONS[f].label}
              </option>
            ))}
          </select>
        </div>
        <button className="btn-primary" type="submit">
          Filter
        </button>
        <Link href="/executions" className="btn">
          Clear
        </Link>
      </form>
      <div className="card overflow-x-auto">
        {executions.length === 0 ? (
          <p className="muted p-4">No execution matches.</p>
        ) : (
          <table className="table" data-testid="executions-table">
            <thead>
              <tr>
                <th>#</th>
                <th>Schedule</th>
                <th>Function</th>
                <th>Trigger</th>
                <th>Status</th>
                <th>Started</th>
                <th>Duration</th>
                <th>Read</th>
                <th>Sent</th>
                <th>Rejected</th>
                <th>Skipped</th>
              </tr>
            </thead>
            <tbody>
              {executions.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link href={`/executions/${e.id}`} className="text-indigo-700 hover:underline">
                      #{e.id}
                    </Link>
                  </td>
                  <td>{e.schedule.name}</td>
                  <td>{FUNCTIONS[e.function].label}</td>
                  <td>
                    {e.trigger === "MANUAL" ? `Manual${e.triggeredBy ? ` (${e.triggeredBy.name})` : ""}` : "Automatic"}
                  </td>
                  <td>
                    <ExecutionStatusBadge status={e.status} />
                    <ExecutionDelayNote execution={e} />
                  </td>
                  <td title={formatDateTime(e.startedAt, user.timeZone)}>{formatRelative(e.startedAt, now)}</td>
                  <td className="tabular-nums" data-testid={`duration-${e.id}`}>
                    {runDuration(e.startedAt, e.endedAt, now)}
                  </td>
                  <td className="tabular-nums">{e.readCount}</td>
                  <td className="tabular-nums">{e.sentCount}</td>
                  <td className="tabular-nums">{e.rejectedCount}</td>
                  <td className="tabular-nums">{e.skippedCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <NextPageLink
          path="/executions"
          params={{ status: filters.status, function: filters.function, after: filters.after?.toString() }}
          after={nextAfter}
        />
      </div>
    </div>
  );
}
