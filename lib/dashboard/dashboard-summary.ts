import type { TPrisma } from "@/lib/db/client";
import { ticketStatusCounts } from "@/lib/tickets/ticket-status-counts";

/** What the dashboard shows: ticket counts, the latest runs, runs by status since `since`, the interface. */
export async function dashboardSummary(prisma: TPrisma, organizationId: string, since: Date) {
  const [counts, executions, iface, byStatus] = await Promise.all([
    ticketStatusCounts(prisma, organizationId),
    prisma.execution.findMany({
      where: { organizationId },
      orderBy: { id: "desc" },
      take: 8,
      include: { schedule: { select: { name: true } } },
    }),
    prisma.interface.findUnique({ where: { organizationId }, select: { name: true, apiUrl: true } }),
    prisma.execution.groupBy({
      by: ["status"],
      where: { organizationId, queuedAt: { gte: since } },
      _count: { _all: true },
    }),
  ]);
  return {
    counts,
    executions,
    iface,
    executionsByStatus: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])),
  };
}
