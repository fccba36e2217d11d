import type { TPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TICKET_ROW_SELECT } from "./search-tickets";

const PAGE = 1000;
const HEADER = [
  "tax_number",
  "s360_status",
  "tixngo_status",
  "product",
  "performance_code",
  "performance",
  "performance_starts_at",
  "file_number",
  "cultural_contact",
  "cultural_contact_email",
  "tixngo_last_sync_at",
];

/** RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet never runs it as a formula. */
export function csvField(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Every ticket of a filter as CSV, newest first, read in keyset pages of 1000
 * so an export of a million rows streams in constant memory. Times are UTC instants (ISO 8601).
 */
export function streamTicketsCsv(prisma: TPrisma, where: Prisma.TicketWhereInput): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let before: number | undefined;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${HEADER.join(",")}\r\n`));
      }
      const rows = await prisma.ticket.findMany({
        where: before === undefined ? where : { AND: [where, { id: { lt: before } }] },
        orderBy: { id: "desc" },
        take: PAGE,
        select: TICKET_ROW_SELECT,
      });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      before = rows.at(-1)!.id;
      const text = rows
        .map((t) =>
          [
            t.taxNumber,
            t.status,
            t.tixngoStatus,
            t.product.name,
            t.performance?.code,
            t.performance?.name,
            t.performance?.startsAt.toISOString(),
            t.file.number,
            t.culturalContact ? `${t.culturalContact.firstName} ${t.culturalContact.lastName}` : null,
            t.culturalContact?.email,
            t.tixngoLastSyncAt?.toISOString(),
          ]
            .map(csvField)
            .join(","),
        )
        .join("\r\n");
      controller.enqueue(encoder.encode(`${text}\r\n`));
    },
  });
}
