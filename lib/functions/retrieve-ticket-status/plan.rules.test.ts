// The plan's decisions, as the run applies them: what is skipped and why, what
// is written to the ticket and to its transaction log, where a run stops.
import { describe, expect, it } from "vitest";
import type { TLifecycleTicket } from "@/lib/tixngo/contract";
import { planStatusUpdates, UNKNOWN_TICKET, type TKnownTicket } from "./plan";

const anna = { firstName: "Anna", lastName: "Muller", email: "Anna@Example.CH" };
const ben = { firstName: "Ben", lastName: "Keller", email: "ben@example.ch" };

function change(sequence: number, taxNumber: string, extra: Partial<TLifecycleTicket> = {}): TLifecycleTicket {
  return {
    sequence,
    ticketId: `ID-${taxNumber}`,
    taxNumber,
    eventId: "E",
    status: "DOWNLOADED",
    statusChangedAt: "2026-11-20T10:00:00Z",
    actor: "MOBILE",
    owner: null,
    spectatorDetails: null,
    ...extra,
  };
}

const tickets = new Map<string, TKnownTicket>([
  ["T1", { id: 1, taxNumber: "T1", tixngoLastSequence: null }],
  ["T2", { id: 2, taxNumber: "T2", tixngoLastSequence: BigInt(10) }],
]);

const plan = (changes: TLifecycleTicket[], options: { skip?: string[]; continueOnError?: boolean } = {}) =>
  planStatusUpdates({
    changes,
    tickets,
    skipTaxNumbers: new Set(options.skip ?? []),
    executionId: 7,
    continueOnError: options.continueOnError ?? true,
  });

describe("retrieve-status plan: the skip list", () => {
  it("skips the listed tax numbers with the reason, and applies the others", () => {
    const result = plan([change(1, "T1"), change(11, "T2")], { skip: ["T1"] });
    expect(result.items).toEqual([{ taxNumber: "T1", outcome: "SKIPPED", reason: "In the schedule's skip list." }]);
    expect(result.counts).toEqual({ read: 2, accepted: 1, skipped: 1, alreadyApplied: 0 });
    expect(result.updates.map((u) => u.id)).toEqual([2]);
    expect(result.fresh.map((c) => c.taxNumber)).toEqual(["T2"]);
  });

  it("a skipped tax number unknown to the organization does not stop the run", () => {
    const result = plan([change(1, "GONE"), change(2, "T1")], { skip: ["GONE"], continueOnError: false });
    expect(result.stoppedAt).toBeUndefined();
    expect(result.items).toEqual([{ taxNumber: "GONE", outcome: "SKIPPED", reason: "In the schedule's skip list." }]);
    expect(result.counts).toEqual({ read: 2, accepted: 1, skipped: 1, alreadyApplied: 0 });
  });
});

describe("retrieve-status plan: what is written", () => {
  it("a change with everything: the transaction-log row and the ticket update carry it all", () => {
    const transfer = { senderEmail: "anna@example.ch", recipientEmail: "ben@example.ch", status: "ACCEPTED" } as const;
    const full = change(11, "T2", {
      status: "TRANSFERRED",
      statusChangedAt: "2026-11-21T08:30:00Z",
      actor: "BACKOFFICE",
      activationMethod: "BT",
      owner: ben,
      spectatorDetails: anna,
      previousOwner: anna,
      transfer,
    });
    const result = plan([full]);
    expect(result.transactions).toEqual([
      {
        ticketId: 2,
        sequence: BigInt(11),
        status: "TRANSFERRED",
        statusChangedAt: new Date("2026-11-21T08:30:00Z"),
        actor: "BACKOFFICE",
        activationMethod: "BT",
        owner: ben,
        holder: anna,
        previousOwner: anna,
        transfer,
        executionId: 7,
      },
    ]);
    expect(result.updates).toEqual([
      {
        id: 2,
        status: "TRANSFERRED",
        statusChangedAt: new Date("2026-11-21T08:30:00Z"),
        activationMethod: "BT",
        owner: ben,
        ownerEmail: "ben@example.ch",
        holder: anna,
        sequence: BigInt(11),
      },
    ]);
    expect(result.fresh).toEqual([full]);
    expect(result.items).toEqual([]);
  });

  it("a change with nothing optional: no activation method, no owner e-mail, nothing else in the log row", () => {
    const result = plan([change(1, "T1")]);
    expect(result.transactions).toEqual([
      {
        ticketId: 1,
        sequence: BigInt(1),
        status: "DOWNLOADED",
        statusChangedAt: new Date("2026-11-20T10:00:00Z"),
        actor: "MOBILE",
        activationMethod: null,
        owner: undefined,
        holder: undefined,
        previousOwner: undefined,
        transfer: undefined,
        executionId: 7,
      },
    ]);
    expect(result.updates).toEqual([
      {
        id: 1,
        status: "DOWNLOADED",
        statusChangedAt: new Date("2026-11-20T10:00:00Z"),
        activationMethod: null,
        owner: null,
        ownerEmail: null,
        holder: null,
        sequence: BigInt(1),
      },
    ]);
  });

  it("one update per ticket, each with its own last change", () => {
    const result = plan([change(1, "T1"), change(11, "T2"), change(2, "T1", { status: "BT_ACTIVATED" })]);
    expect(result.updates.map((u) => [u.id, u.status, u.sequence])).toEqual([
      [1, "BT_ACTIVATED", BigInt(2)],
      [2, "DOWNLOADED", BigInt(11)],
    ]);
    expect(result.transactions.map((t) => [t.ticketId, t.sequence])).toEqual([
      [1, BigInt(1)],
      [2, BigInt(11)],
      [1, BigInt(2)],
    ]);
  });
});

describe("retrieve-status plan: already applied", () => {
  it("names the status, the change and the ticket's last applied change", () => {
    const result = plan([change(9, "T2", { status: "ACTIVATED" }), change(12, "T2"), change(12, "T2")]);
    expect(result.items).toEqual([
      {
        ticketId: 2,
        taxNumber: "T2",
        outcome: "ALREADY_APPLIED",
        reason: "ACTIVATED: change #9 is at or below the ticket's last applied change #10; nothing changed.",
      },
      {
        ticketId: 2,
        taxNumber: "T2",
        outcome: "ALREADY_APPLIED",
        reason: "DOWNLOADED: change #12 is at or below the ticket's last applied change #12; nothing changed.",
      },
    ]);
    expect(result.counts).toEqual({ read: 3, accepted: 1, skipped: 0, alreadyApplied: 2 });
  });

  it("a ticket never updated accepts its first change, whatever its sequence", () => {
    const result = plan([change(1, "T1")]);
    expect(result.counts).toEqual({ read: 1, accepted: 1, skipped: 0, alreadyApplied: 0 });
    expect(result.items).toEqual([]);
  });
});

describe("retrieve-status plan: stopping on an unknown ticket", () => {
  it("stops at the first unknown ticket: the counts so far, nothing to commit", () => {
    const result = plan([change(11, "T2"), change(1, "T1"), change(3, "UNKNOWN"), change(4, "T1")], {
      skip: ["T1"],
      continueOnError: false,
    });
    expect(result).toEqual({
      updates: [],
      transactions: [],
      fresh: [],
      items: [],
      counts: { read: 4, accepted: 1, skipped: 1, alreadyApplied: 0 },
      stoppedAt: { sequence: 3, taxNumber: "UNKNOWN", reason: UNKNOWN_TICKET },
    });
  });

  it("the reason an operator reads", () => {
    expect(UNKNOWN_TICKET).toBe("No ticket with this tax number in the organization.");
  });

  it("with continueOnError, an unknown ticket is skipped with the reason and nothing stops", () => {
    const result = plan([change(3, "UNKNOWN"), change(1, "T1")]);
    expect(result).not.toHaveProperty("stoppedAt");
    expect(result.items).toEqual([{ taxNumber: "UNKNOWN", outcome: "SKIPPED", reason: UNKNOWN_TICKET }]);
    expect(result.counts).toEqual({ read: 2, accepted: 1, skipped: 1, alreadyApplied: 0 });
  });
});
