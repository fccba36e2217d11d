import { describe, expect, it } from "vitest";
import { planPush, pushOutcome, pushSelection, readPushAnswer, showDeletedTicket, skipListItems } from "./plan";

describe("push rules", () => {
  it("showDeletedTicket: reason override, then notify spectator, then the default", () => {
    expect(
      showDeletedTicket("RESALE", { overrideReasons: ["RESALE"], notifySpectator: false, defaultValue: false }),
    ).toBe(true);
    expect(
      showDeletedTicket("CANCELLED", { overrideReasons: ["RESALE"], notifySpectator: true, defaultValue: false }),
    ).toBe(true);
    expect(showDeletedTicket("CANCELLED", { overrideReasons: [], notifySpectator: false, defaultValue: true })).toBe(
      true,
    );
    expect(showDeletedTicket("CANCELLED", { overrideReasons: [], notifySpectator: false, defaultValue: false })).toBe(
      false,
    );
  });

  it("selects the pending tickets of the push's statuses, Date from and forced ones, never the skip list", () => {
    const plain = pushSelection("CONTROLLED", "org", { skipTaxNumbers: [] });
    expect(plain.where).toEqual({ organizationId: "org", status: { in: ["CONTROLLED"] }, OR: [{ pushPending: true }] });
    const from = new Date("2026-11-01T00:00:00Z");
    const all = pushSelection("CANCELLED", "org", { dateFrom: from, forceTaxNumbers: ["F"], skipTaxNumbers: ["S"] });
    expect(all.where).toEqual({
      organizationId: "org",
      status: { in: ["CANCELLED", "INVALIDATED"] },
      OR: [{ pushPending: true }, { statusChangedAt: { gte: from } }, { taxNumber: { in: ["F"] } }],
      taxNumber: { notIn: ["S"] },
    });
    // Rejected tickets queue behind the others, so they never block a batch.
    expect(all.orderBy).toEqual([{ pushRejectedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }]);
  });

  it("settles tickets never sent to TIXNGO once, reported as skipped; skip-listed ones stay pending", () => {
    const plan = planPush([
      { id: 1, taxNumber: "A", stateVersion: 1, inTixngo: true },
      { id: 3, taxNumber: "C", stateVersion: 2, inTixngo: false },
    ]);
    expect(plan.send.map((s) => s.taxNumber)).toEqual(["A"]);
    expect(plan.settled.map((s) => s.taxNumber)).toEqual(["C"]);
    expect(plan.skipped.map((s) => [s.taxNumber, s.reason])).toEqual([
      ["C", "Never sent to TIXNGO: nothing to update there."],
    ]);
    expect(skipListItems([{ id: 2, taxNumber: "B" }])[0]).toMatchObject({
      outcome: "SKIPPED",
      reason: "In the schedule's skip list.",
    });
  });

  it("reads TIXNGO's answer: accepted settled at the version sent, rejected and unanswered marked for retry", () => {
    const chunk = [
      { id: 1, taxNumber: "A", stateVersion: 1, inTixngo: true },
      { id: 2, taxNumber: "B", stateVersion: 2, inTixngo: true },
      { id: 3, taxNumber: "C", stateVersion: 1, inTixngo: true },
      { id: 4, taxNumber: "D", stateVersion: 1, inTixngo: true },
    ];
    const answer = readPushAnswer(chunk, {
      results: [
        { id: "A", status: "ACCEPTED" },
        { id: "B", status: "ACCEPTED" },
        { id: "C", status: "REJECTED", reason: "NOT_FOUND", message: "Unknown ticketId." },
        { id: "A2", status: "ACCEPTED" },
      ],
    });
    expect(answer.settle).toEqual([
      { stateVersion: 1, ids: [1] },
      { stateVersion: 2, ids: [2] },
    ]);
    expect(answer.rejectedIds).toEqual([3, 4]);
    expect(answer.items.map((i) => [i.taxNumber, i.outcome, i.reason])).toEqual([
      ["A", "ACCEPTED", undefined],
      ["B", "ACCEPTED", undefined],
      ["C", "REJECTED", "NOT_FOUND: Unknown ticketId."],
      ["D", "REJECTED", "No result returned for this ticket."],
    ]);
  });

  it("ends in ERROR while tickets are rejected, WARNING when only skipped", () => {
    expect(pushOutcome({ sent: 3, accepted: 2, rejected: 1, skipped: 0 }, "controlled").status).toBe("ERROR");
    expect(pushOutcome({ sent: 2, accepted: 2, rejected: 0, skipped: 1 }, "controlled").status).toBe("WARNING");
    expect(pushOutcome({ sent: 2, accepted: 2, rejected: 0, skipped: 0 }, "controlled").status).toBe("OK");
  });
});
