// "Re-read the feed from…": an operator sets a retrieve-status schedule's
// pagination key back to where an earlier execution started, or to where the
// feed stood at a point in time. Harmless by the replay rule (a change the
// ticket already applied changes nothing and is reported "already applied");
// audited in the same transaction.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { wallTimeToUtc } from "@/lib/time/time-zone";

export const ZRewindFeed = z.object({
  fromExecution: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
  fromTime: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().optional()),
});
export type TRewindFeed = z.infer<typeof ZRewindFeed>;

/** Earlier executions an operator may re-read from, newest first, with the key each started from. */
export function rewindPoints(prisma: TPrisma, organizationId: string, scheduleId: string) {
  return prisma.execution.findMany({
    where: { organizationId, scheduleId, startedAt: { not: null }, status: { notIn: ["QUEUED", "RUNNING"] } },
    orderBy: { id: "desc" },
    take: 50,
    select: { id: true, startedAt: true, status: true, paginationKeyBefore: true },
  });
}

export async function rewindFeed(
  prisma: TPrisma,
  user: TCurrentUser,
  input: { scheduleId: string } & TRewindFeed,
): Promise<{ message: string }> {
  const fromTime = input.fromTime === undefined ? undefined : wallTimeToUtc(input.fromTime, user.timeZone);
  if (fromTime === null)
    throw new AppError("INVALID_INPUT", "Some fields need attention.", { fromTime: ["Enter a date and time."] });
  if ((input.fromExecution === undefined) === (fromTime === undefined))
    throw new AppError("INVALID_INPUT", "Choose an earlier execution or a point in time (one of the two).", {
      fromExecution: ["Choose an execution, or leave it empty and give a point in time."],
    });
  return prisma.$transaction(async (tx) => {
    const schedule = await tx.schedule.findFirst({
      where: { id: input.scheduleId, organizationId: user.organizationId, function: "RETRIEVE_TICKET_STATUS" },
      include: { executions: { where: { status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true } } },
    });
    if (!schedule)
      throw new AppError("NOT_FOUND", "This retrieve-status schedule does not exist in your organization.");
    if (schedule.executions.length > 0)
      throw new AppError(
        "CONFLICT",
        `Execution #${schedule.executions[0]!.id} of this schedule is active: rewind once it has ended.`,
      );
    // The key an execution started from is where the feed stood then; for a point in time, the first run after it.
    const from = await tx.execution.findFirst({
      where: {
        organizationId: user.organizationId,
        scheduleId: schedule.id,
        startedAt: fromTime ? { gte: fromTime } : { not: null },
        ...(input.fromExecution !== undefined ? { id: input.fromExecution } : {}),
      },
      orderBy: { startedAt: "asc" },
      select: { id: true, startedAt: true, paginationKeyBefore: true },
    });
    if (!from)
      throw new AppError(
        "INVALID_INPUT",
        fromTime
          ? "No run of this schedule started after that time: there is nothing to re-read."
          : "This execution is not one of this schedule's runs.",
        fromTime
          ? { fromTime: ["No run started after that time."] }
          : { fromExecution: ["Not a run of this schedule."] },
      );
    await tx.schedule.update({ where: { id: schedule.id }, data: { paginationKey: from.paginationKeyBefore } });
    const where = `the key execution #${from.id} started from (${from.startedAt!.toISOString().replace("T", " ").slice(0, 16)} UTC)`;
    await recordAudit(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      action: "schedule.rewind",
      entityType: "Schedule",
      entityId: schedule.id,
      summary: `Re-read the feed of "${schedule.name}" from ${where}.`,
      changes: {
        fromExecution: from.id,
        ...(fromTime ? { fromTime: fromTime.toISOString() } : {}),
        paginationKey: { before: schedule.paginationKey, after: from.paginationKeyBefore },
      },
    });
    return {
      message: `The next run re-reads the feed from ${where}. Changes already applied are reported "already applied" and change nothing.`,
    };
  });
}
