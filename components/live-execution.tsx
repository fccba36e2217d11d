"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { TExecutionProgress } from "@/lib/executions/execution-progress";
import { ExecutionStatusBadge } from "./status-badges";

const ACTIVE = ["QUEUED", "RUNNING"];

/** Progress bar and counts, refreshed every second while the run is active. */
export function LiveExecution({ initial }: { initial: TExecutionProgress }) {
  const [progress, setProgress] = useState(initial);
  const router = useRouter();
  const active = ACTIVE.includes(progress.status);

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(async () => {
      const res = await fetch(`/api/executions/${initial.id}`, { cache: "no-store" });
      if (!res.ok) return;
      const next = (await res.json()) as TExecutionProgress;
      setProgress(next);
      // Ended: reload the page's items and log.
      if (!ACTIVE.includes(next.status)) router.refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [active, initial.id, router]);

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
      <dl className="grid grid-cols-5 gap-2 text-center">
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
