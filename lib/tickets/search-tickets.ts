import { z } from "zod";
import type { TPrisma } from "@/lib/db/client";
import { ZCursorText, ZSearchText } from "@/lib/db/ids";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TicketStatus, TixngoStatus } from "@/lib/generated/prisma/enums";

export const TICKET_PAGE_SIZE = 50;
// A name matching more contacts than this is too vague to list their tickets: the operator adds a word.
const NAME_MATCH_LIMIT = 500;

/** The ticket list's query string. Invalid parts are dropped, never a 500. */
export const ZTicketSearch = z.object({
  q: ZSearchText,
  status: z.enum(TicketStatus).optional().catch(undefined),
  tixngo: z.enum(TixngoStatus).optional().catch(undefined),
  /** A performance code of the organization. */
  performance: ZSearchText,
  /** Keyset cursors: the last ticket id of the previous page, or the first of the next one. */
  after: ZCursorText,
  before: ZCursorText,
});
export type TTicketSearch = z.infer<typeof ZTicketSearch>;

export type TTicketRow = Awaited<ReturnType<typeof searchTickets>>["rows"][number];

/**
 * The filter of a ticket search, cursors aside. `q` is an e-mail (purchaser,
 * cultural contact or TIXNGO owner) when it holds an @; otherwise a tax number
 * prefix, a file number, or a contact's name (every word starts the first or
 * last name of the cultural contact or the purchaser).
 */
export async function ticketFilter(
  prisma: TPrisma,
  organizationId: string,
  search: Pick<TTicketSearch, "q" | "status" | "tixngo" | "performance">,
): Promise<Prisma.TicketWhereInput> {
  const where: Prisma.TicketWhereInput = { organizationId };
  if (search.status) where.status = search.status;
  if (search.tixngo) where.tixngoStatus = search.tixngo;
  if (search.performance) where.performance = { is: { organizationId, code: search.performance } };
  const q = search.q;
  if (!q) return where;
  if (q.includes("@")) {
    const email = q.toLowerCase();
    // Contacts first (index organizationId+email), then tickets by id lists.
    const ids = (await prisma.contact.findMany({ where: { organizationId, email }, select: { id: true } })).map(
      (c) => c.id,
    );
    where.OR = [
      { culturalContactId: { in: ids } },
      { file: { purchaserId: { in: ids } } },
      { tixngoOwnerEmail: email },
    ];
    return where;
  }
  const words = q.split(/\s+/).filter(Boolean).slice(0, 4);
  const [files, contacts] = await Promise.all([
    prisma.file.findMany({ where: { organizationId, number: q.toUpperCase() }, select: { id: true } }),
    prisma.contact.findMany({
      where: {
        organizationId,
        AND: words.map((word) => ({
          OR: [
            { lastName: { startsWith: word, mode: "insensitive" as const } },
            { firstName: { startsWith: word, mode: "insensitive" as const } },
          ],
        })),
      },
      select: { id: true },
      take: NAME_MATCH_LIMIT,
    }),
  ]);
  const contactIds = contacts.map((c) => c.id);
  where.OR = [
    { taxNumber: { startsWith: q.toUpperCase() } },
    ...(files.length > 0 ? [{ fileId: { in: files.map((f) => f.id) } }] : []),
    ...(contactIds.length > 0
      ? [{ culturalContactId: { in: contactIds } }, { file: { purchaserId: { in: contactIds } } }]
      : []),
  ];
  return where;
}

export const TICKET_ROW_SELECT = {
  id: true,
  taxNumber: true,
  status: true,
  tixngoStatus: true,
  tixngoLastSyncAt: true,
  product: { select: { name: true, kind: true } },
  performance: { select: { code: true, name: true, startsAt: true } },
  culturalContact: { select: { firstName: true, lastName: true, email: true, temporary: true } },
  file: { select: { number: true } },
} satisfies Prisma.TicketSelect;

/**
 * One page of an organization's tickets, newest first, keyset-paginated on id
 * in both directions, with the total of the filter and where the page starts in it.
 */
export async function searchTickets(
  prisma: TPrisma,
  organizationId: string,
  search: TTicketSearch,
  pageSize = TICKET_PAGE_SIZE,
) {
  const where = await ticketFilter(prisma, organizationId, search);
  const backwards = !search.after && search.before !== undefined;
  const cursor = search.after
    ? { id: { lt: search.after } }
    : search.before !== undefined
      ? { id: { gt: search.before } }
      : {};
  const [found, total] = await Promise.all([
    prisma.ticket.findMany({
      where: { AND: [where, cursor] },
      orderBy: { id: backwards ? "asc" : "desc" },
      take: pageSize,
      select: TICKET_ROW_SELECT,
    }),
    prisma.ticket.count({ where }),
  ]);
  const rows = backwards ? found.reverse() : found;
  const first = rows[0];
  const last = rows.at(-1);
  // How many come before this page (newer tickets): 0 on the first page, counted otherwise.
  const offset =
    first && (search.after || search.before)
      ? await prisma.ticket.count({ where: { AND: [where, { id: { gt: first.id } }] } })
      : 0;
  return {
    rows,
    total,
    offset,
    nextAfter: last && offset + rows.length < total ? last.id : undefined,
    prevBefore: first && offset > 0 ? first.id : undefined,
  };
}
