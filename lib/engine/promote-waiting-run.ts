// Fairness of the one retrieve-status claim: a retrieve-status run that finds
// the claim held by another schedule waits in line (QUEUED, no ActiveRun)
// instead of being refused. Whenever the claim may have been released (a run
// ended, the minute tick, a run put in line), the oldest waiting run takes it.
import type { TPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { RETRIEVE_STATUS_KEY } from "./active-run-key";
import { executionLogger } from "./execution-log";
import { finishExecution } from "./finish-execution";
import type { TEnqueue } from "./start-execution";

/** Waiting runs: retrieve-status executions QUEUED without the claim, oldest first. */
export const WAITING = { function: "RETRIEVE_TICKET_STATUS", status: "QUEUED", activeRun: { is: null } } as const;

/** Hands the free claim to the oldest waiting run; returns its id, or undefined when none waits or the claim is held. */
export async function promoteWaitingRun(prisma: TPrisma, enqueue: TEnqueue): Promise<number | undefined> {
  for (;;) {
    const next = await prisma.execution.findFirst({
      where: WAITING,
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      select: { id: true, queuedAt: true },
    });
    if (!next) return undefined;
    let taken: boolean;
    try {
      taken = await prisma.$transaction(async (tx) => {
        // Still waiting (not cancelled meanwhile)? Then it takes the claim, in the same transaction.
        const still = await tx.execution.updateMany({
          where: { id: next.id, status: "QUEUED" },
          data: { message: null },
        });
        if (still.count === 0) return false;
        await tx.activeRun.create({ data: { key: RETRIEVE_STATUS_KEY, executionId: next.id } });
        return true;
      });
    } catch (error) {
      // The claim is held: its run's end will promote.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return undefined;
      throw error;
    }
    if (!taken) continue;
    const waitedSeconds = Math.round((Date.now() - next.queuedAt.getTime()) / 1000);
    await executionLogger(prisma, next.id)(
      "INFO",
      `Its turn came after waiting ${waitedSeconds} s for the feedback claim.`,
    );
    try {
      await enqueue(next.id, RETRIEVE_STATUS_KEY);
    } catch (error) {
      await finishExecution(prisma, next.id, {
        status: "ERROR",
        message: `The run could not be queued: ${(error as Error).message}`,
      });
      continue;
    }
    return next.id;
  }
}
