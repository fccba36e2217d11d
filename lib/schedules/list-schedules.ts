import type { TPrisma } from "@/lib/db/client";

/**
 * The organization's schedules by name, each with its latest execution and
 * when it last ended OK or WARNING (the point push functions resume from).
 */
export async function listSchedules(prisma: TPrisma, organizationId: string) {
  const schedules = await prisma.schedule.findMany({
    where: { organizationId },
    orderBy: { name: "asc" },
    include: {
      executions: {
        orderBy: { id: "desc" },
        take: 1,
        // With what the list shows of a delayed, waiting or skipped slot.
        select: { id: true, status: true, endedAt: true, message: true, queuedAt: true, startedAt: true },
      },
    },
  });
  const successes = await prisma.execution.groupBy({
    by: ["scheduleId"],
    where: { scheduleId: { in: schedules.map((s) => s.id) }, status: { in: ["OK", "WARNING"] } },
    _max: { endedAt: true },
  });
  const lastSuccess = new Map(successes.map((s) => [s.scheduleId, s._max.endedAt]));
  return schedules.map((s) => ({ ...s, lastSuccessAt: lastSuccess.get(s.id) ?? null }));
}
