import { z } from "zod";
import type { TPrisma } from "@/lib/db/client";
import { ZCursorText, ZSearchText } from "@/lib/db/ids";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TicketStatus, TixngoStatus } from "@/lib/generated/prisma/enums";

export const TICKET_PAGE_SIZE = 50;

/** The ticket list's query string. Invalid parts are dropped, never a 500. */
export const ZTicketSearch = z.object({
  q: ZSearchText,
  status: z.enum(TicketStatus).optional().catch(undefined),
  tixngo: z.enum(TixngoStatus).optional().catch(undefined),
  /** Keyset cursor: the last ticket id of the previous page. */
  after: ZCursorText,
});
export type TTicketSearch = z.infer<typeof ZTicketSearch>;

export type TTicketRow = Awaited<ReturnType<typeof searchTickets>>["rows"][number];

/**
 * Tickets of one organization, newest first, keyset-paginated on id.
 * `q` is an e-mail (purchaser, cultural contact or TIXNGO owner) when it holds
 * an @, else a tax number prefix.
 */
export async function searchTickets(
  prisma: TPrisma,
  organizationId: string,
  search: TTicketSearch,
  pageSize = TICKET_PAGE_SIZE,
) {
  const where: Prisma.TicketWhereInput = { organizationId };
  if (search.status) where.status = search.status;
  if (search.tixngo) where.tixngoStatus = search.tixngo;
  if (search.after) where.id = { lt: search.after };
  const q = search.q;
  if (q) {
    if (q.includes("@")) {
      const email = q.toLowerCase();
      // Contacts first (index organizationId+email), then tickets by id lists.
      const contacts = await prisma.contact.findMany({ where: { organizationId, email }, select: { id: true } });
      const ids = contacts.map((c) => c.id);
      where.OR = [
        { culturalContactId: { in: ids } },
        { file: { purchaserId: { in: ids } } },
        { tixngoOwnerEmail: email },
      ];
    } else {
      where.taxNumber = { startsWith: q.toUpperCase() };
    }
  }
  const found = await prisma.ticket.findMany({
    where,
    orderBy: { id: "desc" },
    take: pageSize + 1,
    select: {
      id: true,
      taxNumber: true,
      status: true,
      tixngoStatus: true,
      tixngoLastSyncAt: true,
      product: { select: { name: true, kind: true } },
      performance: { select: { name: true, startsAt: true } },
      culturalContact: { select: { firstName: true, lastName: true, email: true, temporary: true } },
      file: { select: { number: true } },
    },
  });
  const rows = found.slice(0, pageSize);
  const last = rows[rows.length - 1];
  return { rows, nextAfter: found.length > pageSize && last ? last.id : undefined };
}
