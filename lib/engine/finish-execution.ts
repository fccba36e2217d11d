import type { TPrisma } from "@/lib/db/client";
import type { ExecutionStatus } from "@/lib/generated/prisma/enums";

/** Ends a run and releases its ActiveRun claim, together. Idempotent: an ended run stays as it ended. */
export async function finishExecution(
  prisma: TPrisma,
  executionId: number,
  outcome: { status: Exclude<ExecutionStatus, "QUEUED" | "RUNNING">; message: string },
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const ended = await tx.execution.updateMany({
      where: { id: executionId, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: outcome.status, message: outcome.message, endedAt: new Date() },
    });
    await tx.activeRun.deleteMany({ where: { executionId } });
    return ended.count === 1;
  });
}
