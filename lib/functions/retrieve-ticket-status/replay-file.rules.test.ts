// The refusals an operator reads when a replay file is wrong: the exact
// message, on the exact line, with the reason. Nothing is written on refusal.
import { describe, expect, it } from "vitest";
import { MAX_REPLAY_BYTES, parseReplayFile } from "./replay-file";

/** One change as a JSON object on one line; `sequence` may be made wrong on purpose. */
const item = (sequence: unknown, ticketId: unknown = `T${String(sequence)}`) =>
  JSON.stringify({
    sequence,
    ticketId,
    taxNumber: "X",
    eventId: "E1",
    status: "DOWNLOADED",
    statusChangedAt: "2026-11-20T10:00:00Z",
    actor: "MOBILE",
    owner: null,
    spectatorDetails: null,
  });
const lines = (...rows: string[]) => rows.join("\n");
const notANumber = "sequence: Invalid input: expected number, received string";

describe("replay file: size", () => {
  it("accepts a file of exactly the limit and refuses one byte more", () => {
    // Not JSON, so that it is refused quickly, but for that reason and not for its size.
    const atLimit = "x".repeat(MAX_REPLAY_BYTES);
    expect(parseReplayFile(atLimit)).toEqual({
      ok: false,
      errors: ["not valid JSON (Unexpected token 'x', \"xxxxxxxxxx\"... is not valid JSON)."],
    });
    expect(parseReplayFile(`${atLimit}x`)).toEqual({ ok: false, errors: ["The file is larger than 20 MB."] });
  });

  it("counts bytes, not characters", () => {
    const text = `["${"é".repeat(MAX_REPLAY_BYTES / 2)}"]`;
    expect(text.length).toBeLessThan(MAX_REPLAY_BYTES);
    expect(parseReplayFile(text)).toEqual({ ok: false, errors: ["The file is larger than 20 MB."] });
  });
});

describe("replay file: broken JSON", () => {
  it("names the line and the parser's reason, without the position", () => {
    expect(parseReplayFile(lines("[", '  {"sequence": 1,', "  oops", "]"))).toEqual({
      ok: false,
      errors: ["Line 3: not valid JSON (Expected double-quoted property name)."],
    });
    expect(parseReplayFile("{x}")).toEqual({
      ok: false,
      errors: ["Line 1: not valid JSON (Expected property name or '}')."],
    });
    expect(parseReplayFile(lines("[1,", "", "2 3]"))).toEqual({
      ok: false,
      errors: ["Line 3: not valid JSON (Expected ',' or ']' after array element)."],
    });
  });

  it("a line break inside a string is reported on the line where it breaks", () => {
    expect(parseReplayFile('["a\nb"]')).toEqual({
      ok: false,
      errors: ["Line 1: not valid JSON (Bad control character in string literal)."],
    });
  });

  it("gives no line when the parser gives no position", () => {
    expect(parseReplayFile("[1,")).toEqual({ ok: false, errors: ["not valid JSON (Unexpected end of JSON input)."] });
    expect(parseReplayFile("")).toEqual({ ok: false, errors: ["not valid JSON (Unexpected end of JSON input)."] });
  });
});

describe("replay file: shape", () => {
  const refusal = {
    ok: false,
    errors: ['Line 1: expected a diff response { "tickets": [...] } or an array of lifecycle tickets.'],
  };

  it.each([["null"], ["5"], ['"tickets"'], ["true"], ['{"items": []}'], ['{"tickets": {}}'], ['{"tickets": null}']])(
    "refuses %s",
    (text) => {
      expect(parseReplayFile(text)).toEqual(refusal);
    },
  );

  it("accepts an empty diff response and an empty array", () => {
    expect(parseReplayFile('{"tickets": [], "nextPageKey": "k", "hasMore": false}')).toEqual({ ok: true, changes: [] });
    expect(parseReplayFile("[]")).toEqual({ ok: true, changes: [] });
  });

  it("sorts the accepted changes by sequence", () => {
    const result = parseReplayFile(`[${item(3)},${item(1)},${item(2)}]`);
    expect(result.ok && result.changes.map((c) => c.sequence)).toEqual([1, 2, 3]);
  });
});

describe("replay file: an item that breaks the contract", () => {
  it("names its line, its number, its ticket id, the field and the reason", () => {
    const text = lines("[", `  ${item(1)},`, `  ${item("x", "T2")}`, "]");
    expect(parseReplayFile(text)).toEqual({ ok: false, errors: [`Line 3: ticket 2 (T2): ${notANumber}`] });
  });

  it("names a nested field by its dotted path", () => {
    const text = `[${item(1).replace('"owner":null', '"owner":{"firstName":"A","lastName":"B","email":"nope"}')}]`;
    expect(parseReplayFile(text)).toEqual({
      ok: false,
      errors: ["Line 1: ticket 1 (T1): owner.email: Invalid email address"],
    });
  });

  it("leaves out a ticket id that is not a string, and names the item itself when it is not an object", () => {
    const text = lines("[", `  ${item("x", 5)},`, "  42,", "  null", "]");
    expect(parseReplayFile(text)).toEqual({
      ok: false,
      errors: [
        `Line 2: ticket 1: ${notANumber}`,
        "Line 3: ticket 2: (item): Invalid input: expected object, received number",
        "Line 4: ticket 3: (item): Invalid input: expected object, received null",
      ],
    });
  });

  it("lists the first 20 refusals and counts the others", () => {
    const twenty = parseReplayFile(`[${Array.from({ length: 20 }, () => item("x", "B")).join(",")}]`);
    expect(!twenty.ok && twenty.errors).toHaveLength(20);
    const many = parseReplayFile(
      lines("[", Array.from({ length: 23 }, (_, i) => item(i < 22 ? "x" : 1, `B${i + 1}`)).join(",\n"), "]"),
    );
    expect(many.ok).toBe(false);
    if (!many.ok) {
      expect(many.errors).toHaveLength(21);
      expect(many.errors[0]).toBe(`Line 2: ticket 1 (B1): ${notANumber}`);
      expect(many.errors[19]).toBe(`Line 21: ticket 20 (B20): ${notANumber}`);
      expect(many.errors[20]).toBe("…and 2 more.");
    }
  });
});

describe("replay file: the line of each item", () => {
  it("in a pretty-printed diff response, ignoring nested objects and arrays and trailing spaces", () => {
    const text = lines(
      "{",
      '  "meta": {"page": 1},',
      '  "tickets": [ ',
      "    {",
      '      "sequence": "x",',
      '      "ticketId": "T1",',
      '      "tags": [',
      '        "a", "b"',
      "      ]",
      "    }, ",
      "",
      `    ${item("x", "T2")}`,
      "  ],",
      '  "nextPageKey": "k"',
      "}",
    );
    expect(parseReplayFile(text)).toEqual({
      ok: false,
      errors: [`Line 4: ticket 1 (T1): ${notANumber}`, `Line 12: ticket 2 (T2): ${notANumber}`],
    });
  });

  it("is not misled by brackets, braces, commas and escaped quotes inside strings", () => {
    const tricky = 'a\\"],[{,\\\\';
    const text = lines(
      "[",
      `  {"sequence": "x", "ticketId": "${tricky}", "eventId": "],\\n[{",`,
      '   "note": "{[,"},',
      `  ${item("x", "T2")}`,
      "]",
    );
    expect(parseReplayFile(text)).toEqual({
      ok: false,
      errors: [`Line 2: ticket 1 (a"],[{,\\): ${notANumber}`, `Line 4: ticket 2 (T2): ${notANumber}`],
    });
  });

  it("an item on the same line as the opening bracket", () => {
    const text = lines(`[${item("x", "T1")},`, `${item("x", "T2")}]`);
    expect(parseReplayFile(text)).toEqual({
      ok: false,
      errors: [`Line 1: ticket 1 (T1): ${notANumber}`, `Line 2: ticket 2 (T2): ${notANumber}`],
    });
  });
});
