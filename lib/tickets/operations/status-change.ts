// What every S-360 ticket operation shares: who may start from which status,
// the operator's reason, and the columns a status change writes — among them
// the push marker, so push cancelled / push controlled send the new state.
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TicketStatus } from "@/lib/generated/prisma/enums";

/** The statuses each operation starts from; anything else is refused with the ticket's status. */
export const OPERABLE_FROM = {
  cancel: ["NOT_PRINTED", "PRINTED", "CONTROLLED"],
  reprint: ["PRINTED"],
  resale: ["NOT_PRINTED", "PRINTED"],
  check: ["PRINTED"],
} as const satisfies Record<string, readonly TicketStatus[]>;
export type TTicketOperation = keyof typeof OPERABLE_FROM;

export const ZOperationReason = z
  .string()
  .trim()
  .min(3, "Say why in a few words (at least 3 characters): it goes to the audit log.")
  .max(500, "Keep the reason under 500 characters.");

/** The columns a status change writes: when, who, why, and "TIXNGO has not heard of this state yet". */
export function statusChange(
  user: Pick<TCurrentUser, "id">,
  change: { status: TicketStatus; note: string; at: Date },
): Prisma.TicketUpdateManyMutationInput {
  return {
    status: change.status,
    statusChangedAt: change.at,
    statusChangedById: user.id,
    statusNote: change.note,
    stateVersion: { increment: 1 },
    pushPending: true,
    pushRejectedAt: null,
  };
}

export function refusedFrom(operation: TTicketOperation, status: TicketStatus): string {
  const allowed = OPERABLE_FROM[operation].join(" or ");
  return `This ticket is ${status}: only a ${allowed} ticket can be ${
    { cancel: "cancelled", reprint: "reprinted", resale: "invalidated for resale", check: "checked" }[operation]
  }.`;
}
