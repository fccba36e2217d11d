import type { TPrisma } from "@/lib/db/client";

/** One of the organization's schedules with its last ten executions and its stored file name; null otherwise. */
export function getSchedule(prisma: TPrisma, organizationId: string, id: string) {
  return prisma.schedule.findFirst({
    where: { id, organizationId },
    include: { executions: { orderBy: { id: "desc" }, take: 10 }, uploads: { select: { fileName: true }, take: 1 } },
  });
}
