import type { TPrisma } from "@/lib/db/client";
import { HEARTBEAT_MS } from "./run-execution";
import { finishExecution } from "./finish-execution";

/** A RUNNING execution silent this long died with its process. */
export const STALE_AFTER_MS = HEARTBEAT_MS * 6;
/** A QUEUED one nobody picked up this long has no worker. */
export const UNCLAIMED_AFTER_MS = 10 * 60_000;

/** Ends runs that can no longer end by themselves, so none stays RUNNING forever. */
export async function sweepStaleRuns(prisma: TPrisma, now = new Date()): Promise<number[]> {
  const stale = await prisma.execution.findMany({
    where: {
      OR: [
        { status: "RUNNING", heartbeatAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } },
        { status: "QUEUED", queuedAt: { lt: new Date(now.getTime() - UNCLAIMED_AFTER_MS) } },
      ],
    },
    select: { id: true, status: true },
  });
  const ended: number[] = [];
  for (const execution of stale) {
    const message =
      execution.status === "RUNNING"
        ? "The run stopped responding (no heartbeat): its process died. Committed pages are kept; the next run continues."
        : "No worker picked the run up in 10 minutes: is a worker process running?";
    if (await finishExecution(prisma, execution.id, { status: "ERROR", message })) ended.push(execution.id);
  }
  return ended;
}
