import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { readParameters } from "@/lib/functions/parameters";
import { nextRunAt } from "./next-run";

/** Enables or disables one of the organization's schedules, with its audit line. */
export async function setScheduleEnabled(
  prisma: TPrisma,
  user: TCurrentUser,
  { scheduleId, enabled }: { scheduleId: string; enabled: boolean },
): Promise<void> {
  const schedule = await prisma.schedule.findFirst({
    where: { id: scheduleId, organizationId: user.organizationId },
    include: { interface: { select: { customParameters: true } } },
  });
  if (!schedule) throw new AppError("NOT_FOUND", "This schedule does not exist in your organization.");
  await prisma.$transaction(async (tx) => {
    // Re-enabling counts the next automatic run from now (same rule as saving); disabling clears it.
    const parameters = readParameters(schedule.interface.customParameters);
    await tx.schedule.update({
      where: { id: schedule.id },
      data: { enabled, nextRunAt: nextRunAt({ ...schedule, enabled }, new Date(), parameters) },
    });
    await recordAudit(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      action: enabled ? "schedule.enable" : "schedule.disable",
      entityType: "Schedule",
      entityId: schedule.id,
      summary: `${enabled ? "Enabled" : "Disabled"} schedule "${schedule.name}".`,
    });
  });
}
