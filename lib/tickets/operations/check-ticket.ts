import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { OPERABLE_FROM, refusedFrom, statusChange, ZOperationReason } from "./status-change";

/** Back-office ticket check: a PRINTED ticket becomes CONTROLLED at `controlledAt` (now by default), audited. */
export async function checkTicket(
  prisma: TPrisma,
  user: TCurrentUser,
  input: { ticketId: number; reason: string; controlledAt?: Date },
): Promise<void> {
  const note = ZOperationReason.parse(input.reason);
  const at = new Date();
  const controlledAt = input.controlledAt ?? at;
  if (controlledAt.getTime() > at.getTime() + 60_000)
    throw new AppError("INVALID_INPUT", "The control time is in the future.", {
      controlledAt: ["The control time is in the future."],
    });
  await prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({ where: { id: input.ticketId, organizationId: user.organizationId } });
    if (!ticket) throw new AppError("NOT_FOUND", "This ticket does not exist in your organization.");
    const allowed: readonly string[] = OPERABLE_FROM.check;
    if (!allowed.includes(ticket.status)) throw new AppError("CONFLICT", refusedFrom("check", ticket.status));
    const updated = await tx.ticket.updateMany({
      where: { id: ticket.id, status: ticket.status },
      data: { ...statusChange(user, { status: "CONTROLLED", note, at }), controlledAt },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "This ticket changed meanwhile: reload and try again.");
    await recordAudit(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      action: "ticket.check",
      entityType: "Ticket",
      entityId: String(ticket.id),
      summary: `Checked ${ticket.taxNumber} (CONTROLLED at ${controlledAt.toISOString()}): ${note}`,
      changes: { taxNumber: ticket.taxNumber, controlledAt: controlledAt.toISOString() },
    });
  });
}
