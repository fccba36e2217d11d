import { describe, expect, it } from "vitest";
import { parseAccessControlFile } from "./parse-access-control-file";

const now = new Date("2026-12-01T22:00:00Z");

describe("parseAccessControlFile", () => {
  it("reads CSV with a header, comma or semicolon, and JSON", () => {
    const csv = parseAccessControlFile(
      "taxNumber,controlledAt\nA1,2026-12-01T19:45:00Z\nA2;2026-12-01T19:46:00+01:00\n",
      now,
    );
    expect(csv.errors).toEqual([]);
    expect(csv.lines).toEqual([
      { line: 2, taxNumber: "A1", controlledAt: new Date("2026-12-01T19:45:00Z") },
      { line: 3, taxNumber: "A2", controlledAt: new Date("2026-12-01T18:46:00Z") },
    ]);
    const json = parseAccessControlFile('[{"taxNumber":"A1","controlledAt":"2026-12-01T19:45:00Z"}]', now);
    expect(json).toEqual({
      lines: [{ line: 1, taxNumber: "A1", controlledAt: new Date("2026-12-01T19:45:00Z") }],
      errors: [],
    });
  });

  it("names every bad line with its reason", () => {
    const { errors } = parseAccessControlFile(
      [
        "A1,2026-12-01T19:45:00Z",
        "A2,yesterday",
        ",2026-12-01T19:45:00Z",
        "A3",
        "A1,2026-12-01T19:50:00Z",
        "A4,2026-12-02T19:45:00Z",
      ].join("\n"),
      now,
    );
    expect(errors).toEqual([
      { line: 2, reason: "The control time is not a date-time with its zone (like 2026-12-01T19:45:00Z)." },
      { line: 3, reason: "The tax number is missing." },
      { line: 4, reason: "Expected 2 columns (tax number, control time), found 1." },
      { line: 5, reason: "A1 is already on line 1." },
      { line: 6, reason: "The control time 2026-12-02T19:45:00.000Z is in the future." },
    ]);
  });

  it("refuses what is not a gate file at all", () => {
    expect(parseAccessControlFile("", now).errors).toEqual([{ line: 0, reason: "The file is empty." }]);
    expect(parseAccessControlFile("{broken", now).errors[0]!.reason).toMatch(/cannot be read as JSON/);
    expect(parseAccessControlFile('{"a":1}', now).errors[0]!.reason).toMatch(/must be an array/);
    expect(parseAccessControlFile("[1]", now).errors).toEqual([
      { line: 1, reason: "Each item must be { taxNumber, controlledAt }." },
    ]);
  });
});
