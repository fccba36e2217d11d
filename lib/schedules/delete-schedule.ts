import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/** Deletes one of the organization's schedules and its history, unless a run of it is still active. */
export async function deleteSchedule(prisma: TPrisma, user: TCurrentUser, scheduleId: string): Promise<void> {
  const schedule = await prisma.schedule.findFirst({
    where: { id: scheduleId, organizationId: user.organizationId },
    include: { executions: { where: { status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true } } },
  });
  if (!schedule) throw new AppError("NOT_FOUND", "This schedule does not exist in your organization.");
  const active = schedule.executions[0];
  if (active)
    throw new AppError("CONFLICT", `Execution #${active.id} is still active: cancel it or wait before deleting.`);
  await prisma.$transaction(async (tx) => {
    await tx.schedule.delete({ where: { id: schedule.id } });
    await recordAudit(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      action: "schedule.delete",
      entityType: "Schedule",
      entityId: schedule.id,
      summary: `Deleted schedule "${schedule.name}" and its execution history.`,
    });
  });
}
