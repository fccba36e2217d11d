import type { TPrisma } from "@/lib/db/client";
import type { ExecutionStatus } from "@/lib/generated/prisma/enums";
import { logger } from "./execution-log";

export type TEndStatus = Exclude<ExecutionStatus, "QUEUED" | "RUNNING">;
export type TEndOutcome = { status: TEndStatus; message: string };

/**
 * Ends a run, writes its "Ended …" log line and releases its ActiveRun claim,
 * in one transaction: the reason cannot be lost while the claim is released,
 * nor the claim kept because a log write failed. Idempotent: an ended run
 * stays as it ended (and gets no second line).
 */
export async function finishExecution(prisma: TPrisma, executionId: number, outcome: TEndOutcome): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const ended = await tx.execution.updateMany({
      where: { id: executionId, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: outcome.status, message: outcome.message, endedAt: new Date() },
    });
    if (ended.count === 1) {
      await tx.executionLog.create({
        data: {
          executionId,
          level: outcome.status === "ERROR" ? "ERROR" : outcome.status === "INTERRUPTED" ? "WARN" : "INFO",
          message: `Ended ${outcome.status}: ${outcome.message}`,
        },
      });
    }
    await tx.activeRun.deleteMany({ where: { executionId } });
    return ended.count === 1;
  });
}

/**
 * finishExecution that outlasts a short database outage (a restart, a
 * terminated connection): retried with backoff for up to `withinMs`. If the
 * database stays away the heartbeat stops too, and the sweep of a live
 * process ends the run later.
 */
export async function finishExecutionPersistently(
  prisma: TPrisma,
  executionId: number,
  outcome: TEndOutcome,
  withinMs = 60_000,
): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await finishExecution(prisma, executionId, outcome);
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      const waitMs = Math.min(5_000, 250 * 2 ** attempt);
      logger.warn(
        { executionId, attempt, waitMs, error: (error as Error).message },
        "could not end the run yet; retrying",
      );
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
