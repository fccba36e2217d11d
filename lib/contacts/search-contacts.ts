import { z } from "zod";
import type { TPrisma } from "@/lib/db/client";
import { ZCursorText, ZSearchText } from "@/lib/db/ids";
import type { Prisma } from "@/lib/generated/prisma/client";

export const CONTACT_PAGE_SIZE = 50;

export const ZContactSearch = z.object({
  q: ZSearchText,
  temporary: z.enum(["1"]).optional().catch(undefined),
  /** Keyset cursor: the last contact number of the previous page. */
  after: ZCursorText,
});
export type TContactSearch = z.infer<typeof ZContactSearch>;

/** Contacts of one organization by number, newest first; `q` is an e-mail, a number or a last name prefix. */
export async function searchContacts(
  prisma: TPrisma,
  organizationId: string,
  search: TContactSearch,
  pageSize = CONTACT_PAGE_SIZE,
) {
  const where: Prisma.ContactWhereInput = { organizationId };
  if (search.after) where.number = { lt: search.after };
  if (search.temporary) where.temporary = true;
  const q = search.q;
  if (q) {
    if (q.includes("@")) where.email = q.toLowerCase();
    else if (/^\d{1,9}$/.test(q)) where.number = Number(q);
    else where.lastName = { startsWith: q, mode: "insensitive" };
  }
  const found = await prisma.contact.findMany({
    where,
    orderBy: { number: "desc" },
    take: pageSize + 1,
    include: { _count: { select: { culturalTickets: true, purchasedFiles: true } } },
  });
  const rows = found.slice(0, pageSize);
  const last = rows[rows.length - 1];
  return { rows, nextAfter: found.length > pageSize && last ? last.number : undefined };
}
