"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { TExecutionProgress } from "@/lib/executions/execution-progress";
import { formatDuration } from "./format";
import { ExecutionStatusBadge } from "./status-badges";

const ACTIVE = ["QUEUED", "RUNNING"];
// The page around (header, items, log) is re-read from the server this often while the run goes.
const PAGE_REFRESH_MS = 3000;

/**
 * Progress bar, counts and elapsed time, polled every second while the run is
 * active; the page's header, items and log are refreshed every few seconds.
 */
export function LiveExecution({ initial }: { initial: TExecutionProgress }) {
  const [progress, setProgress] = useState(initial);
  const router = useRouter();
  const [now, setNow] = useState(() => Date.now());
  const active = ACTIVE.includes(progress.status);

  useEffect(() => {
    if (!active) return;
    let polls = 0;
    const timer = setInterval(async () => {
      setNow(Date.now());
      const res = await fetch(`/api/executions/${initial.id}`, { cache: "no-store" });
      if (!res.ok) return;
      const next = (await res.json()) as TExecutionProgress;
      setProgress(next);
      polls += 1;
      // Ended: reload the page's items and log; running: now and then, so they fill in as the run goes.
      if (!ACTIVE.includes(next.status) || polls % (PAGE_REFRESH_MS / 1000) === 0) router.refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [active, initial.id, router]);

  const startedAt = progress.startedAt ? Date.parse(progress.startedAt) : null;
  const endedAt = progress.endedAt ? Date.parse(progress.endedAt) : null;
  const elapsed = startedAt === null ? null : (endedAt ?? now) - startedAt;

  const total = progress.totalCount ?? 0;
  const done = progress.readCount;
  const percent = active ? (total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 5) : 100;
  const counts: [string, number][] = [
    ["Read", progress.readCount],
    ["Sent", progress.sentCount],
    ["Accepted", progress.acceptedCount],
    ["Rejected", progress.rejectedCount],
    ["Skipped", progress.skippedCount],
  ];
  return (
    <section className="card space-y-3 p-4" data-testid="live-execution">
      <div className="flex items-center gap-3">
        <span data-testid="execution-status">
          <ExecutionStatusBadge status={progress.status} />
        </span>
        {elapsed !== null && (
          <span className="muted tabular-nums" data-testid="execution-elapsed">
            {active ? "running for" : "took"} {formatDuration(Math.max(0, elapsed))}
          </span>
        )}
        {progress.cancelRequested && active && <span className="muted">Cancellation requested…</span>}
        {progress.message && (
          <span className="text-sm" data-testid="execution-message">
            {progress.message}
          </span>
        )}
      </div>
      <div
        className="h-2.5 w-full rounded bg-slate-100"
        role="progressbar"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <div
          className={`h-2.5 rounded transition-all ${progress.status === "ERROR" ? "bg-rose-500" : progress.status === "WARNING" ? "bg-amber-500" : "bg-indigo-500"} ${active ? "animate-pulse" : ""}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <dl className="grid grid-cols-2 gap-2 text-center sm:grid-cols-5">
        {counts.map(([label, value]) => (
          <div key={label} className="rounded bg-slate-50 py-2">
            <dt className="text-xs text-slate-500 uppercase">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`count-${label.toLowerCase()}`}>
              {value.toLocaleString("en")}
            </dd>
          </div>
        ))}
      </dl>
      {total > 0 && (
        <p className="muted">
          {done.toLocaleString("en")} of at most {total.toLocaleString("en")} in this run.
        </p>
      )}
    </section>
  );
}
