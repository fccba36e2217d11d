import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TPrisma } from "@/lib/db/client";
import { ZCuid, ZSerialId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OPERABLE_FROM, statusChange, ZOperationReason } from "./status-change";

/** What an operator cancels: tickets picked in the list, a whole file, or a whole performance. */
export const ZCancelSelection = z.union([
  z.strictObject({ ticketIds: z.array(ZSerialId).min(1, "Select at least one ticket.").max(10_000) }),
  z.strictObject({ fileId: ZCuid }),
  z.strictObject({ performanceId: ZCuid }),
]);
export type TCancelSelection = z.infer<typeof ZCancelSelection>;

function selectionWhere(organizationId: string, selection: TCancelSelection): Prisma.TicketWhereInput {
  if ("ticketIds" in selection) return { organizationId, id: { in: selection.ticketIds } };
  if ("fileId" in selection) return { organizationId, fileId: selection.fileId };
  return { organizationId, performanceId: selection.performanceId };
}

const CANCELLABLE = { status: { in: [...OPERABLE_FROM.cancel] } } satisfies Prisma.TicketWhereInput;

/** For the confirmation: how many tickets the selection holds and how many of them can be cancelled. */
export async function countCancellable(prisma: TPrisma, organizationId: string, selection: TCancelSelection) {
  const where = selectionWhere(organizationId, selection);
  const [selected, cancellable] = await Promise.all([
    prisma.ticket.count({ where }),
    prisma.ticket.count({ where: { AND: [where, CANCELLABLE] } }),
  ]);
  return { selected, cancellable };
}

/**
 * Cancels the selection's NOT_PRINTED, PRINTED and CONTROLLED tickets in one statement,
 * audited with the reason. `expected` is the count the operator confirmed:
 * when the selection changed since, nothing is written and they confirm again.
 */
export async function cancelTickets(
  prisma: TPrisma,
  user: TCurrentUser,
  input: { selection: TCancelSelection; reason: string; expected: number },
): Promise<{ cancelled: number }> {
  const reason = ZOperationReason.parse(input.reason);
  const where = { AND: [selectionWhere(user.organizationId, input.selection), CANCELLABLE] };
  return prisma.$transaction(async (tx) => {
    const ids = (await tx.ticket.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((t) => t.id);
    if (ids.length === 0)
      throw new AppError(
        "CONFLICT",
        "Nothing to cancel: no ticket of this selection is NOT_PRINTED, PRINTED or CONTROLLED.",
      );
    if (ids.length !== input.expected)
      throw new AppError(
        "CONFLICT",
        `The selection changed: ${ids.length} ticket(s) can be cancelled now, not ${input.expected}. Nothing was cancelled; confirm again.`,
      );
    const at = new Date();
    const { count } = await tx.ticket.updateMany({
      where: { id: { in: ids }, ...CANCELLABLE },
      data: { ...statusChange(user, { status: "CANCELLED", note: reason, at }), invalidationReason: "CANCELLED" },
    });
    const { selection } = input;
    const scope = "ticketIds" in selection ? "selection" : "fileId" in selection ? "file" : "performance";
    await recordAudit(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      action: "ticket.cancel",
      entityType: "Ticket",
      entityId:
        ids.length === 1
          ? String(ids[0])
          : "fileId" in selection
            ? selection.fileId
            : "performanceId" in selection
              ? selection.performanceId
              : "selection",
      summary: `Cancelled ${count} ticket(s) (${scope}): ${reason}`,
      changes: { scope, ticketIds: ids.slice(0, 1000), count },
    });
    return { cancelled: count };
  });
}
