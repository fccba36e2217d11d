import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TPrisma } from "@/lib/db/client";
import { finishExecution } from "@/lib/engine/finish-execution";
import { AppError } from "@/lib/errors/app-error";

/** A queued run ends at once; a running one is asked to stop at its next page (committed pages are kept). */
export async function cancelExecution(prisma: TPrisma, user: TCurrentUser, executionId: number): Promise<void> {
  const execution = await prisma.execution.findFirst({
    where: { id: executionId, organizationId: user.organizationId },
  });
  if (!execution) throw new AppError("NOT_FOUND", "This execution does not exist in your organization.");
  if (execution.status !== "QUEUED" && execution.status !== "RUNNING")
    throw new AppError("CONFLICT", `The execution already ended (${execution.status}).`);
  if (execution.status === "QUEUED") {
    await finishExecution(prisma, executionId, {
      status: "CANCELLED",
      message: `Cancelled by ${user.name} before it started.`,
    });
  }
  await prisma.$transaction(async (tx) => {
    if (execution.status === "RUNNING")
      await tx.execution.update({ where: { id: executionId }, data: { cancelRequestedAt: new Date() } });
    await recordAudit(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      action: "execution.cancel",
      entityType: "Execution",
      entityId: String(executionId),
      summary: `Cancelled execution #${executionId}.`,
    });
  });
}
