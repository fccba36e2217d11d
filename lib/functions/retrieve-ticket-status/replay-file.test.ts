import { describe, expect, it } from "vitest";
import { parseReplayFile } from "./replay-file";

const change = (sequence: number, ticketId = `T${sequence}`) => ({
  sequence,
  ticketId,
  taxNumber: ticketId,
  eventId: "E1",
  status: "DOWNLOADED",
  statusChangedAt: "2026-11-20T10:00:00Z",
  actor: "MOBILE",
  owner: { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" },
  spectatorDetails: null,
});

describe("replay file", () => {
  it("accepts a diff response or a bare array, in sequence order", () => {
    const wrapped = parseReplayFile(
      JSON.stringify({ tickets: [change(2), change(1)], nextPageKey: "x", hasMore: false }, null, 2),
    );
    expect(wrapped.ok && wrapped.changes.map((c) => c.sequence)).toEqual([1, 2]);
    const bare = parseReplayFile(JSON.stringify([change(5)]));
    expect(bare.ok && bare.changes).toHaveLength(1);
  });

  it("names the line of broken JSON", () => {
    const result = parseReplayFile('[\n  {"sequence": 1,\n  oops\n]');
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^Line 3: not valid JSON/)] });
  });

  it("names the line and field of an item that breaks the contract", () => {
    const text = JSON.stringify({ tickets: [change(1), { ...change(2), status: "LOST" }] }, null, 2);
    const result = parseReplayFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const line =
        text.split("\n").findIndex((l, i, all) => l.trim() === "{" && all[i + 1]?.includes('"sequence": 2')) + 1;
      expect(result.errors).toEqual([expect.stringContaining(`Line ${line}: ticket 2 (T2): status:`)]);
    }
  });

  it("refuses other shapes", () => {
    expect(parseReplayFile('{"items": []}')).toEqual({
      ok: false,
      errors: [expect.stringContaining("expected a diff response")],
    });
  });
});
