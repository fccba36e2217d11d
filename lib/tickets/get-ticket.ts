import type { TPrisma } from "@/lib/db/client";

const CONTACT = {
  select: { id: true, number: true, firstName: true, lastName: true, email: true, temporary: true },
} as const;

/** One ticket with everything its detail page shows, or null outside the organization. */
export function getTicket(prisma: TPrisma, organizationId: string, id: number) {
  return prisma.ticket.findFirst({
    where: { id, organizationId },
    include: {
      file: { include: { purchaser: CONTACT, salesChannel: true } },
      culturalContact: CONTACT,
      product: true,
      performance: { include: { site: true } },
      tariff: true,
      seatCategory: true,
      printedBy: true,
      replacedBy: { select: { id: true, taxNumber: true } },
      replaces: { select: { id: true, taxNumber: true } },
      transactions: { orderBy: [{ statusChangedAt: "desc" }, { sequence: "desc" }], take: 200 },
      distributions: { orderBy: { occurredAt: "desc" }, include: { oldContact: CONTACT, newContact: CONTACT } },
    },
  });
}
export type TTicketDetail = NonNullable<Awaited<ReturnType<typeof getTicket>>>;
