import { describe, expect, it } from "vitest";
import type { TLifecycleStatus, TSpectatorDetails } from "@/lib/tixngo/contract";
import { TixngoStatus } from "@/lib/generated/prisma/enums";
import {
  ALLOWED_FROM,
  applySpectatorAction,
  organizerControl,
  organizerInvalidate,
  type TSpectatorAction,
  type TTicketState,
} from "./lifecycle";

const anna: TSpectatorDetails = { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" };
const bob: TSpectatorDetails = { firstName: "Bob", lastName: "Favre", email: "bob@example.com" };

function ticket(status: TLifecycleStatus, extra: Partial<TTicketState> = {}): TTicketState {
  return {
    status,
    owner: status === "INJECTED" ? null : anna,
    holder: anna,
    transferable: true,
    transfer:
      status === "PENDING_TRANSFER"
        ? { senderEmail: anna.email, recipientEmail: bob.email, status: "PENDING" }
        : undefined,
    ...extra,
  };
}

const ACTIONS: TSpectatorAction[] = [
  { type: "download" },
  { type: "assign", holder: bob },
  { type: "transfer", recipientEmail: bob.email },
  { type: "accept", recipient: bob },
  { type: "reject" },
  { type: "cancel" },
  { type: "timeout" },
  { type: "activate", method: "BT" },
  { type: "deactivate" },
  { type: "control" },
];

const EXPECTED: Record<TSpectatorAction["type"], TLifecycleStatus> = {
  download: "DOWNLOADED",
  assign: "ASSIGNED",
  transfer: "PENDING_TRANSFER",
  accept: "TRANSFERRED",
  reject: "FAILURE_TRANSFER",
  cancel: "FAILURE_TRANSFER",
  timeout: "FAILURE",
  activate: "BT_ACTIVATED",
  deactivate: "DEACTIVATED",
  control: "CONTROLLED",
};

describe("spectator lifecycle", () => {
  // Every action from every status: allowed ones give the expected status,
  // the others are refused with a reason naming the status.
  for (const action of ACTIONS) {
    for (const status of Object.values(TixngoStatus)) {
      const allowed = ALLOWED_FROM[action.type].includes(status);
      it(`${action.type} from ${status} is ${allowed ? "allowed" : "refused"}`, () => {
        const result = applySpectatorAction(ticket(status), action);
        if (allowed) {
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.state.status).toBe(EXPECTED[action.type]);
        } else {
          expect(result).toEqual({ ok: false, reason: expect.stringContaining(status) });
        }
      });
    }
  }

  it("download puts the injected spectator in the wallet", () => {
    const result = applySpectatorAction(ticket("INJECTED"), { type: "download" });
    expect(result.ok && result.state.owner).toEqual(anna);
  });

  it("a transfer records sender and recipient; acceptance moves ownership", () => {
    const pending = applySpectatorAction(ticket("ASSIGNED"), { type: "transfer", recipientEmail: bob.email });
    expect(pending.ok && pending.state.transfer).toEqual({
      senderEmail: anna.email,
      recipientEmail: bob.email,
      status: "PENDING",
    });
    const accepted = applySpectatorAction(pending.ok ? pending.state : ticket("INJECTED"), {
      type: "accept",
      recipient: bob,
    });
    expect(accepted.ok && accepted.state).toMatchObject({
      status: "TRANSFERRED",
      owner: bob,
      previousOwner: anna,
      transfer: { status: "ACCEPTED" },
    });
  });

  it("refuses a transfer to the owner, of a card, and an acceptance by someone else", () => {
    expect(applySpectatorAction(ticket("DOWNLOADED"), { type: "transfer", recipientEmail: "ANNA@example.ch" }).ok).toBe(
      false,
    );
    expect(
      applySpectatorAction(ticket("DOWNLOADED", { transferable: false }), {
        type: "transfer",
        recipientEmail: bob.email,
      }),
    ).toEqual({
      ok: false,
      reason: "A digital privilege (card) is not transferable.",
    });
    expect(applySpectatorAction(ticket("PENDING_TRANSFER"), { type: "accept", recipient: anna }).ok).toBe(false);
  });

  it("organizer control is idempotent and refused on deleted tickets", () => {
    const once = organizerControl(ticket("BT_ACTIVATED"));
    expect(once).toMatchObject({ ok: true, changed: true, state: { status: "CONTROLLED" } });
    expect(organizerControl(ticket("CONTROLLED"))).toMatchObject({ ok: true, changed: false });
    expect(organizerControl(ticket("DELETED")).ok).toBe(false);
  });

  it("organizer invalidation goes to DELETION_PENDING once", () => {
    expect(organizerInvalidate(ticket("PENDING_TRANSFER"))).toMatchObject({
      changed: true,
      state: { status: "DELETION_PENDING", transfer: undefined },
    });
    expect(organizerInvalidate(ticket("DELETION_PENDING")).changed).toBe(false);
  });
});
