import type { TPrisma } from "@/lib/db/client";

/** The organization's schedules by name, each with its latest execution. */
export function listSchedules(prisma: TPrisma, organizationId: string) {
  return prisma.schedule.findMany({
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
}
