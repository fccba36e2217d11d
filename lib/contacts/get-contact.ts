import type { TPrisma } from "@/lib/db/client";

const PERSON = { select: { id: true, number: true, firstName: true, lastName: true, temporary: true } } as const;
const LIST_LIMIT = 200;

/**
 * One of the organization's contacts with what points at them: their tickets as
 * cultural contact, the files they bought, and distribution entries where they
 * gave or received a ticket. Null when the contact is not the organization's.
 */
export async function getContact(prisma: TPrisma, organizationId: string, id: string) {
  const contact = await prisma.contact.findFirst({ where: { id, organizationId } });
  if (!contact) return null;
  const [tickets, files, given, received] = await Promise.all([
    prisma.ticket.findMany({
      where: { culturalContactId: contact.id },
      orderBy: { id: "desc" },
      take: LIST_LIMIT,
      select: {
        id: true,
        taxNumber: true,
        status: true,
        tixngoStatus: true,
        performance: { select: { name: true, startsAt: true } },
        product: { select: { name: true } },
      },
    }),
    prisma.file.findMany({
      where: { purchaserId: contact.id },
      orderBy: { purchasedAt: "desc" },
      take: LIST_LIMIT,
      select: { id: true, number: true, purchasedAt: true, _count: { select: { tickets: true } } },
    }),
    prisma.distributionEntry.findMany({
      where: { oldContactId: contact.id },
      orderBy: { occurredAt: "desc" },
      take: LIST_LIMIT,
      include: { ticket: { select: { id: true, taxNumber: true } }, newContact: PERSON },
    }),
    prisma.distributionEntry.findMany({
      where: { newContactId: contact.id },
      orderBy: { occurredAt: "desc" },
      take: LIST_LIMIT,
      include: { ticket: { select: { id: true, taxNumber: true } }, oldContact: PERSON },
    }),
  ]);
  return { contact, tickets, files, given, received };
}
