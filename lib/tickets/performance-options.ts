import type { TPrisma } from "@/lib/db/client";

/** The organization's performances for the ticket filter, by start. */
export function performanceOptions(prisma: TPrisma, organizationId: string) {
  return prisma.performance.findMany({
    where: { organizationId },
    orderBy: [{ startsAt: "asc" }, { code: "asc" }],
    select: { code: true, name: true, startsAt: true },
  });
}
