import type { TPrisma } from "@/lib/db/client";
import { TicketStatus, type TixngoStatus } from "@/lib/generated/prisma/enums";
import { STATUS_FAMILIES, type TStatusFamily } from "@/lib/tixngo/statuses";

/** Ticket counts by S-360 status and by TIXNGO status family, for the dashboard. */
export async function ticketStatusCounts(prisma: TPrisma, organizationId: string) {
  const [byStatus, byTixngo] = await Promise.all([
    prisma.ticket.groupBy({ by: ["status"], where: { organizationId }, _count: { _all: true } }),
    prisma.ticket.groupBy({ by: ["tixngoStatus"], where: { organizationId }, _count: { _all: true } }),
  ]);
  const s360 = Object.values(TicketStatus).map((status) => ({
    status,
    count: byStatus.find((row) => row.status === status)?._count._all ?? 0,
  }));
  const tixngoCount = (statuses: TixngoStatus[]) =>
    byTixngo
      .filter((row) => row.tixngoStatus && statuses.includes(row.tixngoStatus))
      .reduce((sum, row) => sum + row._count._all, 0);
  const families: { family: TStatusFamily | "NONE"; label: string; count: number }[] = [
    ...STATUS_FAMILIES.map((group) => ({
      family: group.family,
      label: group.label,
      count: tixngoCount(group.statuses),
    })),
    {
      family: "NONE",
      label: "Not in TIXNGO",
      count: byTixngo.find((row) => row.tixngoStatus === null)?._count._all ?? 0,
    },
  ];
  return { s360, families, total: s360.reduce((sum, row) => sum + row.count, 0) };
}
