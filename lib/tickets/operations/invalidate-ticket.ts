import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { OPERABLE_FROM, refusedFrom, statusChange, ZOperationReason } from "./status-change";

/** The tax number of a reprint: the original's with -R1, -R2… (tax numbers are unique installation-wide). */
export function reprintTaxNumber(taxNumber: string): string {
  const match = /^(.*)-R(\d+)$/.exec(taxNumber);
  return match ? `${match[1]}-R${Number(match[2]) + 1}` : `${taxNumber}-R1`;
}

/**
 * Invalidates one ticket. Reprint: the ticket becomes INVALIDATED (REPRINT)
 * and a NOT_PRINTED copy for the same holder, with a new tax number and
 * barcode, replaces it; injection then sends the copy. Resale: INVALIDATED
 * (RESALE). Both in one transaction, audited.
 */
export async function invalidateTicket(
  prisma: TPrisma,
  user: TCurrentUser,
  input: { ticketId: number; kind: "REPRINT" | "RESALE"; reason: string },
): Promise<{ replacementId?: number; replacementTaxNumber?: string }> {
  const note = ZOperationReason.parse(input.reason);
  const operation = input.kind === "REPRINT" ? "reprint" : "resale";
  return prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({ where: { id: input.ticketId, organizationId: user.organizationId } });
    if (!ticket) throw new AppError("NOT_FOUND", "This ticket does not exist in your organization.");
    const allowed: readonly string[] = OPERABLE_FROM[operation];
    if (!allowed.includes(ticket.status)) throw new AppError("CONFLICT", refusedFrom(operation, ticket.status));
    const at = new Date();
    const updated = await tx.ticket.updateMany({
      // Conditional on the status read: a concurrent operation makes this one a conflict, not a double change.
      where: { id: ticket.id, status: ticket.status },
      data: { ...statusChange(user, { status: "INVALIDATED", note, at }), invalidationReason: input.kind },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "This ticket changed meanwhile: reload and try again.");
    let replacement: { id: number; taxNumber: string } | undefined;
    if (input.kind === "REPRINT") {
      replacement = await tx.ticket.create({
        data: {
          organizationId: ticket.organizationId,
          taxNumber: reprintTaxNumber(ticket.taxNumber),
          barcode: randomBytes(12).toString("hex").toUpperCase(),
          fileId: ticket.fileId,
          productId: ticket.productId,
          performanceId: ticket.performanceId,
          tariffId: ticket.tariffId,
          seatCategoryId: ticket.seatCategoryId,
          culturalContactId: ticket.culturalContactId,
          priceCents: ticket.priceCents,
          currency: ticket.currency,
          gate: ticket.gate,
          block: ticket.block,
          row: ticket.row,
          seat: ticket.seat,
          holderFirstName: ticket.holderFirstName,
          holderLastName: ticket.holderLastName,
          holderEmail: ticket.holderEmail,
          holderBirthDate: ticket.holderBirthDate,
          holderIdNumber: ticket.holderIdNumber,
          holderCountryCode: ticket.holderCountryCode,
          holderBirthRegion: ticket.holderBirthRegion,
          holderBirthPlace: ticket.holderBirthPlace,
          statusChangedAt: at,
          statusChangedById: user.id,
          statusNote: `Reprint of ${ticket.taxNumber}: ${note}`,
        },
        select: { id: true, taxNumber: true },
      });
      await tx.ticket.update({ where: { id: ticket.id }, data: { replacedById: replacement.id } });
    }
    await recordAudit(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      action: `ticket.${operation}`,
      entityType: "Ticket",
      entityId: String(ticket.id),
      summary: replacement
        ? `Reprinted ${ticket.taxNumber} as ${replacement.taxNumber}: ${note}`
        : `Invalidated ${ticket.taxNumber} for resale: ${note}`,
      changes: { taxNumber: ticket.taxNumber, from: ticket.status, replacement: replacement?.taxNumber ?? null },
    });
    return { replacementId: replacement?.id, replacementTaxNumber: replacement?.taxNumber };
  });
}
