import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/action-button";
import { formatDateTime } from "@/components/format";
import { LiveExecution } from "@/components/live-execution";
import { requirePage } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ZSerialIdText } from "@/lib/db/ids";
import { executionProgress } from "@/lib/executions/execution-progress";
import { getExecutionDetail } from "@/lib/executions/get-execution-detail";
import { FUNCTIONS } from "@/lib/functions/registry";
import { cancelExecutionAction } from "../actions";

export const metadata: Metadata = { title: "Execution" };

export default async function ExecutionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ after?: string; logAfter?: string }>;
}) {
  const user = await requirePage("view");
  const parsedId = ZSerialIdText.safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const prisma = await db();
  const query = await searchParams;
  const cursor = (text: string | undefined) => {
    const value = Number(text ?? 0);
    return Number.isSafeInteger(value) && value > 0 ? value : 0;
  };
  const [detail, progress] = await Promise.all([
    getExecutionDetail(prisma, user.organizationId, {
      id,
      afterItem: cursor(query.after),
      afterLog: cursor(query.logAfter),
    }),
    executionProgress(prisma, user.organizationId, id),
  ]);
  if (!detail) notFound();
  const { execution, items: shown, nextItemAfter, logs, logFrom, logCount, nextLogAfter } = detail;
  const active = execution.status === "QUEUED" || execution.status === "RUNNING";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="muted">
            <Link href="/executions" className="text-indigo-700 hover:underline">
              Executions
            </Link>{" "}
            · {FUNCTIONS[execution.function].label}
          </p>
          <h1>
            Execution #{execution.id} ·{" "}
            <Link href={`/schedules/${execution.schedule.id}`} className="text-indigo-700 hover:underline">
              {execution.schedule.name}
            </Link>
          </h1>
          <p className="muted">
            {execution.trigger === "MANUAL" ? `Run now by ${execution.triggeredBy?.name ?? "a user"}` : "Automatic"} ·
            queued {formatDateTime(execution.queuedAt, user.timeZone)} · started{" "}
            <span data-testid="execution-started">{formatDateTime(execution.startedAt, user.timeZone)}</span> · ended{" "}
            {formatDateTime(execution.endedAt, user.timeZone)}
          </p>
        </div>
        {active && can(user.role, "operate") && (
          <ActionButton
            action={cancelExecutionAction.bind(null, id)}
            label="Cancel run"
            confirm="Stop this run at its next page? Committed pages are kept."
            testId="cancel-run"
          />
        )}
      </div>
      <LiveExecution initial={progress!} />
      {(execution.paginationKeyBefore || execution.paginationKeyAfter) && (
        <p className="muted break-all">
          Pagination key: {execution.paginationKeyBefore ?? "(start)"} → {execution.paginationKeyAfter ?? "(unchanged)"}
        </p>
      )}
      <section className="card">
        <h2 className="p-4 pb-2">Items</h2>
        {shown.length === 0 ? (
          <p className="muted px-4 pb-4">No item{active ? " yet" : ""}.</p>
        ) : (
          <table className="table" data-testid="execution-items">
            <thead>
              <tr>
                <th>Tax number</th>
                <th>Outcome</th>
                <th>Detail</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={String(item.id)}>
                  <td className="font-mono">
                    {item.ticketId ? (
                      <Link className="text-indigo-700 hover:underline" href={`/tickets/${item.ticketId}`}>
                        {item.taxNumber}
                      </Link>
                    ) : (
                      item.taxNumber
                    )}
                  </td>
                  <td>{item.outcome}</td>
                  <td>{item.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {nextItemAfter !== undefined && (
          <div className="p-3">
            <Link className="btn" href={`/executions/${id}?after=${nextItemAfter}&logAfter=${cursor(query.logAfter)}`}>
              Next items
            </Link>
          </div>
        )}
      </section>
      <section className="card">
        <h2 className="p-4 pb-2">
          Log{" "}
          <span className="text-sm font-normal text-slate-500" data-testid="execution-log-range">
            {logCount === 0 ? "(empty)" : `lines ${logFrom}–${logFrom + logs.length - 1} of ${logCount}`}
          </span>
        </h2>
        <ol className="space-y-1 px-4 pb-4 font-mono text-xs" data-testid="execution-log">
          {logs.map((l) => (
            <li
              key={String(l.id)}
              className={l.level === "ERROR" ? "text-rose-700" : l.level === "WARN" ? "text-amber-700" : ""}
            >
              {l.at.toISOString().slice(11, 19)} {l.level.padEnd(5)} {l.message}
              {l.data !== null && typeof l.data === "object" && ("request" in l.data || "response" in l.data) && (
                <details className="ml-16 text-slate-500">
                  <summary className="cursor-pointer">dump</summary>
                  <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-all">
                    {JSON.stringify(l.data, null, 1)}
                  </pre>
                </details>
              )}
            </li>
          ))}
        </ol>
        {(nextLogAfter !== undefined || logFrom > 1) && (
          <div className="flex gap-2 px-4 pb-4">
            {logFrom > 1 && (
              <Link className="btn" href={`/executions/${id}?after=${cursor(query.after)}`}>
                First lines
              </Link>
            )}
            {nextLogAfter !== undefined && (
              <Link
                className="btn"
                data-testid="execution-log-next"
                href={`/executions/${id}?after=${cursor(query.after)}&logAfter=${nextLogAfter}`}
              >
                Next lines
              </Link>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
