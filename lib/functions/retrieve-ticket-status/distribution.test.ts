import { describe, expect, it } from "vitest";
import type { TLifecycleTicket } from "@/lib/tixngo/contract";
import { pickContact, planDistribution, type TKnownContact } from "./distribution";

const anna = { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" };
const bob = {
  firstName: "Bob",
  lastName: "Favre",
  email: "bob@example.com",
  dateOfBirth: "1990-04-02",
  phoneNumber: "+41 79 000 00 00",
  organizerSpectatorPreference: { allowPromoEmail: true, allowThirdPartyEmail: false },
};

function change(
  sequence: number,
  status: TLifecycleTicket["status"],
  transferStatus: "PENDING" | "ACCEPTED" | "REJECTED" | "CANCELLED" | "TIMED_OUT",
): TLifecycleTicket {
  return {
    sequence,
    ticketId: "T1",
    taxNumber: "T1",
    eventId: "E",
    status,
    statusChangedAt: `2026-11-20T10:0${sequence}:00Z`,
    actor: "MOBILE",
    owner: status === "TRANSFERRED" ? bob : anna,
    spectatorDetails: status === "TRANSFERRED" ? bob : anna,
    previousOwner: status === "TRANSFERRED" ? anna : undefined,
    transfer: { senderEmail: anna.email, recipientEmail: bob.email, status: transferStatus },
  };
}

const contact = (id: string, extra: Partial<TKnownContact> = {}): TKnownContact => ({
  id,
  email: "bob@example.com",
  temporary: false,
  hasInternetAccount: false,
  kind: "INDIVIDUAL",
  number: 1,
  ...extra,
});
const tickets = new Map([["T1", { id: 1, culturalContactId: "c-anna" }]]);

describe("contact matching", () => {
  it("prefers an internet account, then the individual over the relay, then the oldest", () => {
    expect(pickContact([contact("a"), contact("b", { hasInternetAccount: true })])?.id).toBe("b");
    expect(
      pickContact([
        contact("relay", { hasInternetAccount: true, kind: "RELAY" }),
        contact("ind", { hasInternetAccount: true, number: 9 }),
      ])?.id,
    ).toBe("ind");
    expect(pickContact([contact("new", { number: 5 }), contact("old", { number: 2 })])?.id).toBe("old");
  });
});

describe("distribution plan", () => {
  it("PENDING_TRANSFER: a temporary Pending CREATION contact, a PENDING entry, the cultural contact unchanged", () => {
    const plan = planDistribution({
      changes: [change(1, "PENDING_TRANSFER", "PENDING")],
      tickets,
      contactsByEmail: new Map(),
      openPending: [],
      existingKeys: new Set(),
    });
    expect(plan.createContacts).toEqual([
      expect.objectContaining({
        firstName: "Pending",
        lastName: "CREATION",
        email: "bob@example.com",
        temporary: true,
      }),
    ]);
    expect(plan.createEntries).toEqual([
      expect.objectContaining({
        status: "PENDING",
        oldContactId: "c-anna",
        newContactId: plan.createContacts[0]!.id,
        resolvedAt: null,
      }),
    ]);
    expect(plan.culturalContacts).toEqual([]);
  });

  it("TRANSFERRED resolves the open PENDING entry, updates the temporary contact, moves the cultural contact", () => {
    const temp = contact("c-temp", { temporary: true });
    const plan = planDistribution({
      changes: [change(2, "TRANSFERRED", "ACCEPTED")],
      tickets,
      contactsByEmail: new Map([["bob@example.com", [temp]]]),
      openPending: [{ id: "entry-1", ticketId: 1, recipientEmail: "bob@example.com" }],
      existingKeys: new Set(),
    });
    expect(plan.createEntries).toEqual([]);
    expect(plan.resolveEntries).toEqual([
      {
        id: "entry-1",
        status: "CONFIRMED",
        newContactId: "c-temp",
        resolvedAt: new Date("2026-11-20T10:02:00Z"),
        outcomeKey: "seq:2",
        resolvedBy: "TIXNGO (mobile)",
      },
    ]);
    expect(plan.updateContacts).toEqual([
      {
        id: "c-temp",
        data: expect.objectContaining({
          firstName: "Bob",
          lastName: "Favre",
          birthDate: new Date("1990-04-02T00:00:00Z"),
          mobilePhone: "+41 79 000 00 00",
          consentInstitutionEmail: true,
          consentThirdPartyEmail: false,
        }),
      },
    ]);
    expect(plan.culturalContacts).toEqual([{ ticketId: 1, contactId: "c-temp" }]);
  });

  it("never updates a normal contact; FAILURE_TRANSFER cancels; a change already mirrored changes nothing", () => {
    const normal = contact("c-bob", { hasInternetAccount: true });
    const failed = planDistribution({
      changes: [change(1, "PENDING_TRANSFER", "PENDING"), change(2, "FAILURE_TRANSFER", "REJECTED")],
      tickets,
      contactsByEmail: new Map([["bob@example.com", [normal]]]),
      openPending: [],
      existingKeys: new Set(),
    });
    expect(failed.updateContacts).toEqual([]);
    expect(failed.createContacts).toEqual([]);
    expect(failed.createEntries).toEqual([expect.objectContaining({ status: "CANCELLED", newContactId: "c-bob" })]);
    expect(failed.culturalContacts).toEqual([]);
    // An entry is recognised by either change it mimics: its start (seq:1) or its outcome (seq:2).
    const replay = planDistribution({
      changes: [change(1, "PENDING_TRANSFER", "PENDING"), change(2, "TRANSFERRED", "ACCEPTED")],
      tickets,
      contactsByEmail: new Map(),
      openPending: [],
      existingKeys: new Set(["1|seq:1", "1|seq:2"]),
    });
    expect(replay).toEqual({
      createContacts: [],
      updateContacts: [],
      createEntries: [],
      resolveEntries: [],
      culturalContacts: [],
    });
  });

  it("an accepted transfer seen without its PENDING creates a CONFIRMED entry with a full contact", () => {
    const plan = planDistribution({
      changes: [change(3, "TRANSFERRED", "ACCEPTED")],
      tickets,
      contactsByEmail: new Map(),
      openPending: [],
      existingKeys: new Set(),
    });
    expect(plan.createContacts).toEqual([expect.objectContaining({ firstName: "Bob", temporary: false })]);
    expect(plan.createEntries).toEqual([
      expect.objectContaining({ status: "CONFIRMED", transferKey: "seq:3", outcomeKey: "seq:3" }),
    ]);
  });

  it("an organizer time-out resolves the entry in the system's name, with its time", () => {
    const timeout = { ...change(2, "FAILURE", "TIMED_OUT"), actor: "SYSTEM" as const };
    const plan = planDistribution({
      changes: [change(1, "PENDING_TRANSFER", "PENDING"), timeout],
      tickets,
      contactsByEmail: new Map(),
      openPending: [],
      existingKeys: new Set(),
    });
    expect(plan.createEntries).toEqual([
      expect.objectContaining({
        status: "CANCELLED",
        actor: "TIXNGO (mobile)",
        resolvedBy: "TIXNGO (system)",
        resolvedAt: new Date("2026-11-20T10:02:00Z"),
        transferKey: "seq:1",
        outcomeKey: "seq:2",
      }),
    ]);
    expect(plan.culturalContacts).toEqual([]);
  });
});
