import type { TPrisma } from "@/lib/db/client";
import { INJECTION_ROW } from "@/lib/functions/ticket-injection/run";
import { ticketPayload } from "@/lib/functions/ticket-injection/payload";
import { previewTemplate, ZTicketTemplate } from "./ticket-template";

/** The payload the saved template would inject for one of the organization's tickets. */
export async function previewTicketTemplate(prisma: TPrisma, organizationId: string, taxNumber: string) {
  const iface = await prisma.interface.findUnique({ where: { organizationId } });
  if (!iface) return { error: "There is no interface yet." };
  const row = await prisma.ticket.findFirst({
    where: { organizationId, taxNumber: taxNumber.trim().toUpperCase() },
    select: INJECTION_ROW,
  });
  if (!row) return { error: `No ticket ${taxNumber} in your organization.` };
  const template = ZTicketTemplate.parse(iface.ticketTemplate ?? []);
  return previewTemplate(ticketPayload(row, { mainApplicant: false }), template, row);
}
