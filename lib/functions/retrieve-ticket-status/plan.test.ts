import { describe, expect, it } from "vitest";
import type { TLifecycleTicket } from "@/lib/tixngo/contract";
import { planStatusUpdates, UNKNOWN_TICKET, type TKnownTicket } from "./plan";

function change(sequence: number, taxNumber: string, status: TLifecycleTicket["status"]): TLifecycleTicket {
  return {
    sequence,
    ticketId: taxNumber,
    taxNumber,
    eventId: "E",
    status,
    statusChangedAt: "2026-11-20T10:00:00Z",
    actor: "MOBILE",
    owner: { firstName: "Anna", lastName: "Muller", email: "Anna@Example.ch" },
    spectatorDetails: { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" },
  };
}

const known = (lastSequence: number | null): Map<string, TKnownTicket> =>
  new Map([
    ["T1", { id: 1, taxNumber: "T1", tixngoLastSequence: lastSequence === null ? null : BigInt(lastSequence) }],
  ]);

const plan = (changes: TLifecycleTicket[], lastSequence: number | null, continueOnError = true) =>
  planStatusUpdates({
    changes,
    tickets: known(lastSequence),
    skipTaxNumbers: new Set(),
    executionId: 7,
    continueOnError,
  });

describe("retrieve-status plan: the replay rule", () => {
  it("applies changes above the ticket's last applied sequence, the last one winning", () => {
    const result = plan([change(5, "T1", "DOWNLOADED"), change(6, "T1", "BT_ACTIVATED")], 4);
    expect(result.updates).toEqual([expect.objectContaining({ id: 1, status: "BT_ACTIVATED", sequence: BigInt(6) })]);
    expect(result.updates[0]!.ownerEmail).toBe("anna@example.ch");
    expect(result.transactions.map((t) => t.sequence)).toEqual([BigInt(5), BigInt(6)]);
    expect(result.fresh.map((c) => c.sequence)).toEqual([5, 6]);
    expect(result.counts).toEqual({ read: 2, accepted: 2, skipped: 0, alreadyApplied: 0 });
  });

  it("a change at or below the last applied sequence changes nothing and is reported already applied", () => {
    const result = plan([change(3, "T1", "DOWNLOADED"), change(4, "T1", "TRANSFERRED")], 4);
    expect(result.updates).toEqual([]);
    expect(result.transactions).toEqual([]);
    expect(result.fresh).toEqual([]);
    expect(result.items.map((i) => i.outcome)).toEqual(["ALREADY_APPLIED", "ALREADY_APPLIED"]);
    expect(result.items[1]!.reason).toMatch(/#4 is at or below the ticket's last applied change #4; nothing changed/);
    expect(result.counts).toEqual({ read: 2, accepted: 0, skipped: 0, alreadyApplied: 2 });
  });

  it("the same change twice in one page (a replay file) is applied once", () => {
    const result = plan([change(5, "T1", "DOWNLOADED"), change(5, "T1", "DOWNLOADED")], null);
    expect(result.fresh).toHaveLength(1);
    expect(result.items.map((i) => i.outcome)).toEqual(["ALREADY_APPLIED"]);
  });
});

describe("retrieve-status plan: doContinueInCaseOfSyncError", () => {
  const page = [change(5, "T1", "DOWNLOADED"), change(6, "UNKNOWN", "DOWNLOADED"), change(7, "T1", "BT_ACTIVATED")];

  it("true: a change that cannot be applied is reported with its reason and the page goes on", () => {
    const result = plan(page, null, true);
    expect(result.stoppedAt).toBeUndefined();
    // Applied changes are counted, not itemised: the report lists what an operator must read.
    expect(result.items).toEqual([{ taxNumber: "UNKNOWN", outcome: "SKIPPED", reason: UNKNOWN_TICKET }]);
    expect(result.counts).toMatchObject({ accepted: 2, skipped: 1 });
    expect(result.updates[0]!.sequence).toBe(BigInt(7));
  });

  it("false: the page stops at that change, names it, and plans nothing to commit", () => {
    const result = plan(page, null, false);
    expect(result.stoppedAt).toEqual({ sequence: 6, taxNumber: "UNKNOWN", reason: UNKNOWN_TICKET });
    expect(result.updates).toEqual([]);
    expect(result.transactions).toEqual([]);
    expect(result.items).toEqual([]);
  });
});
