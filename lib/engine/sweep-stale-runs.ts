import type { TPrisma } from "@/lib/db/client";
import { HEARTBEAT_MS } from "./run-execution";
import { finishExecution } from "./finish-execution";

/** A RUNNING execution silent this long died with its process (or lost its database). */
export const STALE_AFTER_MS = HEARTBEAT_MS * 6;
/** A QUEUED one whose job no longer waits is abandoned after this long (the job and its row are written apart). */
export const ABANDONED_AFTER_MS = 30_000;
/** A QUEUED one nobody picked up this long has no worker. */
export const UNCLAIMED_AFTER_MS = 10 * 60_000;

/** The pg-boss side of runs, as the sweep needs it. */
export type TRunJobs = {
  /** Fails these jobs, so none holds the queue's singleton slot for its key. */
  end(jobIds: string[]): Promise<void>;
  /** Of these jobs, those no longer waiting or running (ended, or never there). */
  lost(jobIds: string[]): Promise<string[]>;
};

/**
 * Ends runs that can no longer end by themselves, so none stays RUNNING or
 * holds its claim forever: the execution, its claim and its pg-boss job end
 * together, and the next run of the same key can start at once.
 */
export async function sweepStaleRuns(
  prisma: TPrisma,
  options: { jobs?: TRunJobs; now?: Date; staleAfterMs?: number } = {},
): Promise<number[]> {
  const { jobs, now = new Date(), staleAfterMs = STALE_AFTER_MS } = options;
  const stale = await prisma.execution.findMany({
    where: {
      OR: [
        { status: "RUNNING", heartbeatAt: { lt: new Date(now.getTime() - staleAfterMs) } },
        // Handed to the jobs (it holds its claim); a run waiting in line for the feedback claim is not stale.
        // Timed from when it took its claim: a run that waited in line is not late for that.
        {
          status: "QUEUED",
          activeRun: { is: { takenAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } } },
        },
      ],
    },
    select: { id: true, status: true, jobId: true, activeRun: { select: { takenAt: true } } },
  });
  const queued = stale.filter((e) => e.status === "QUEUED");
  const lost = new Set(jobs ? await jobs.lost(queued.flatMap((e) => (e.jobId ? [e.jobId] : []))) : []);
  const ended: number[] = [];
  const endedJobs: string[] = [];
  for (const execution of stale) {
    let message: string;
    if (execution.status === "RUNNING") {
      message = `The run stopped responding (no heartbeat for ${staleAfterMs / 1000} s): its process died or lost its database connection. Committed pages are kept; the next run continues from them.`;
    } else if (jobs && (execution.jobId === null || lost.has(execution.jobId))) {
      message = "The run was queued but its job ended without running it (its process stopped): nothing was done.";
    } else if ((execution.activeRun?.takenAt.getTime() ?? 0) < now.getTime() - UNCLAIMED_AFTER_MS) {
      message = "No worker picked the run up in 10 minutes: is a worker process running?";
    } else {
      continue; // still waiting for a worker
    }
    if (await finishExecution(prisma, execution.id, { status: "ERROR", message })) {
      ended.push(execution.id);
      if (execution.jobId) endedJobs.push(execution.jobId);
    }
  }
  await jobs?.end(endedJobs);
  return ended;
}
