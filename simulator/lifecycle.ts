// The TIXNGO ticket lifecycle (docs/ticket-states.md) as a pure function: a ticket and an
// action give the next ticket state, or the reason the action is impossible.
import type { TLifecycleStatus, TSpectatorDetails } from "@/lib/tixngo/contract";

export type TTransfer = {
  senderEmail: string;
  recipientEmail: string;
  status: "PENDING" | "ACCEPTED" | "REJECTED" | "CANCELLED" | "TIMED_OUT";
};
export type TActivationMethod = "BT" | "MANUAL" | "OFFLINE" | "ONLINE";

export type TTicketState = {
  status: TLifecycleStatus;
  owner: TSpectatorDetails | null;
  holder: TSpectatorDetails | null;
  previousOwner?: TSpectatorDetails;
  transfer?: TTransfer;
  activationMethod?: TActivationMethod;
  /** Digital privileges (cards) cannot be transferred. */
  transferable: boolean;
};

export type TSpectatorAction =
  | { type: "download" }
  | { type: "assign"; holder: TSpectatorDetails }
  | { type: "transfer"; recipientEmail: string }
  | { type: "accept"; recipient: TSpectatorDetails }
  | { type: "reject" }
  | { type: "cancel" }
  | { type: "timeout" }
  | { type: "activate"; method: TActivationMethod }
  | { type: "deactivate" }
  | { type: "control" };

export type TActionResult =
  { ok: true; state: TTicketState; actor: "MOBILE" | "BACKOFFICE" | "SYSTEM" } | { ok: false; reason: string };

const ACTIVATED: TLifecycleStatus[] = [
  "BT_ACTIVATED",
  "MANUAL_ACTIVATED",
  "OFFLINE_ACTIVATED",
  "ONLINE_ACTIVATED",
  "ACTIVATED",
];
// In a wallet and free to move: what assign, transfer and activate start from.
const IN_WALLET: TLifecycleStatus[] = ["DOWNLOADED", "ASSIGNED", "TRANSFERRED", "FAILURE_TRANSFER", "FAILURE"];

export const ALLOWED_FROM: Record<TSpectatorAction["type"], TLifecycleStatus[]> = {
  download: ["INJECTED"],
  assign: IN_WALLET,
  transfer: IN_WALLET,
  accept: ["PENDING_TRANSFER"],
  reject: ["PENDING_TRANSFER"],
  cancel: ["PENDING_TRANSFER"],
  timeout: ["PENDING_TRANSFER"],
  activate: [...IN_WALLET, "DEACTIVATED"],
  deactivate: ACTIVATED,
  control: ACTIVATED,
};

export function applySpectatorAction(ticket: TTicketState, action: TSpectatorAction): TActionResult {
  if (!ALLOWED_FROM[action.type].includes(ticket.status)) {
    return {
      ok: false,
      reason: `Cannot ${action.type} a ticket in status ${ticket.status} (allowed from ${ALLOWED_FROM[action.type].join(", ")}).`,
    };
  }
  const base: TTicketState = { ...ticket };
  switch (action.type) {
    case "download":
      // The spectator the ticket was injected to now holds it in a wallet.
      return {
        ok: true,
        actor: "MOBILE",
        state: { ...base, status: "DOWNLOADED", owner: ticket.owner ?? ticket.holder },
      };
    case "assign":
      return { ok: true, actor: "MOBILE", state: { ...base, status: "ASSIGNED", holder: action.holder } };
    case "transfer": {
      if (!ticket.transferable) return { ok: false, reason: "A digital privilege (card) is not transferable." };
      const sender = ticket.owner?.email;
      if (!sender) return { ok: false, reason: "The ticket has no wallet owner to transfer from." };
      if (sender.toLowerCase() === action.recipientEmail.toLowerCase())
        return { ok: false, reason: "The recipient already owns the ticket." };
      return {
        ok: true,
        actor: "MOBILE",
        state: {
          ...base,
          status: "PENDING_TRANSFER",
          transfer: { senderEmail: sender, recipientEmail: action.recipientEmail, status: "PENDING" },
        },
      };
    }
    case "accept": {
      const transfer = ticket.transfer!;
      if (action.recipient.email.toLowerCase() !== transfer.recipientEmail.toLowerCase()) {
        return { ok: false, reason: `Only ${transfer.recipientEmail} can accept this transfer.` };
      }
      return {
        ok: true,
        actor: "MOBILE",
        state: {
          ...base,
          status: "TRANSFERRED",
          previousOwner: ticket.owner ?? undefined,
          owner: action.recipient,
          holder: action.recipient,
          activationMethod: undefined,
          transfer: { ...transfer, status: "ACCEPTED" },
        },
      };
    }
    case "reject":
      return {
        ok: true,
        actor: "MOBILE",
        state: { ...base, status: "FAILURE_TRANSFER", transfer: { ...ticket.transfer!, status: "REJECTED" } },
      };
    case "cancel":
      return {
        ok: true,
        actor: "MOBILE",
        state: { ...base, status: "FAILURE_TRANSFER", transfer: { ...ticket.transfer!, status: "CANCELLED" } },
      };
    case "timeout":
      return {
        ok: true,
        actor: "SYSTEM",
        state: { ...base, status: "FAILURE", transfer: { ...ticket.transfer!, status: "TIMED_OUT" } },
      };
    case "activate":
      return {
        ok: true,
        actor: "MOBILE",
        state: { ...base, status: `${action.method}_ACTIVATED` as TLifecycleStatus, activationMethod: action.method },
      };
    case "deactivate":
      return { ok: true, actor: "MOBILE", state: { ...base, status: "DEACTIVATED" } };
    case "control":
      return { ok: true, actor: "BACKOFFICE", state: { ...base, status: "CONTROLLED" } };
  }
}

/** Organizer-side control (push controlled): from anything but deletion; repeating it changes nothing. */
export function organizerControl(
  ticket: TTicketState,
): { ok: true; changed: boolean; state: TTicketState } | { ok: false; reason: string } {
  if (ticket.status === "DELETION_PENDING" || ticket.status === "DELETED") return { ok: false, reason: "DELETED" };
  if (ticket.status === "CONTROLLED") return { ok: true, changed: false, state: ticket };
  return { ok: true, changed: true, state: { ...ticket, status: "CONTROLLED" } };
}

/** Organizer-side invalidation (push cancelled): DELETION_PENDING, confirmed later as DELETED. */
export function organizerInvalidate(ticket: TTicketState): { ok: true; changed: boolean; state: TTicketState } {
  if (ticket.status === "DELETION_PENDING" || ticket.status === "DELETED")
    return { ok: true, changed: false, state: ticket };
  return { ok: true, changed: true, state: { ...ticket, status: "DELETION_PENDING", transfer: undefined } };
}
