import { describe, expect, it } from "vitest";
import { pushOutcome, pushSince, showDeletedTicket, splitCandidates } from "./plan";

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

  it("starts from Date from, else the last OK or WARNING end, else the beginning", () => {
    const last = new Date("2026-11-20T10:00:00Z");
    const from = new Date("2026-11-01T00:00:00Z");
    expect(pushSince(from, last)).toBe(from);
    expect(pushSince(undefined, last)).toBe(last);
    expect(pushSince(undefined, null).getTime()).toBe(0);
  });

  it("skips the skip list and tickets never sent to TIXNGO", () => {
    const { send, skipped } = splitCandidates(
      [
        { id: 1, taxNumber: "A", inTixngo: true },
        { id: 2, taxNumber: "B", inTixngo: true },
        { id: 3, taxNumber: "C", inTixngo: false },
      ],
      new Set(["B"]),
    );
    expect(send.map((s) => s.taxNumber)).toEqual(["A"]);
    expect(skipped.map((s) => [s.taxNumber, s.reason])).toEqual([
      ["B", "In the schedule's skip list."],
      ["C", "Never sent to TIXNGO: nothing to update there."],
    ]);
  });

  it("ends in ERROR while tickets are rejected, WARNING when only skipped", () => {
    expect(pushOutcome({ sent: 3, accepted: 2, rejected: 1, skipped: 0 }, "controlled").status).toBe("ERROR");
    expect(pushOutcome({ sent: 2, accepted: 2, rejected: 0, skipped: 1 }, "controlled").status).toBe("WARNING");
    expect(pushOutcome({ sent: 2, accepted: 2, rejected: 0, skipped: 0 }, "controlled").status).toBe("OK");
  });
});
