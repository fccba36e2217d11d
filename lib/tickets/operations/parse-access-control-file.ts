// The gate's export: tax number + control time per line, as CSV (an optional
// header, comma or semicolon) or JSON (an array of { taxNumber, controlledAt }).
// Pure: every bad line is named with its reason; the caller writes nothing
// unless the whole file is good.
import { z } from "zod";

export type TAccessControlLine = { line: number; taxNumber: string; controlledAt: Date };
export type TLineError = { line: number; reason: string };

export const MAX_ACCESS_CONTROL_LINES = 100_000;

const ZLine = z.object(
  {
    taxNumber: z
      .string({ error: "The tax number is missing." })
      .trim()
      .min(1, "The tax number is missing.")
      .max(256, "The tax number is over 256 characters."),
    controlledAt: z.iso.datetime({
      offset: true,
      error: "The control time is not a date-time with its zone (like 2026-12-01T19:45:00Z).",
    }),
  },
  { error: "Each item must be { taxNumber, controlledAt }." },
);

function check(line: number, value: unknown, now: Date, errors: TLineError[]): TAccessControlLine | undefined {
  const parsed = ZLine.safeParse(value);
  if (!parsed.success) {
    errors.push({ line, reason: parsed.error.issues[0]!.message });
    return undefined;
  }
  const controlledAt = new Date(parsed.data.controlledAt);
  if (controlledAt.getTime() > now.getTime() + 60_000) {
    errors.push({ line, reason: `The control time ${controlledAt.toISOString()} is in the future.` });
    return undefined;
  }
  return { line, taxNumber: parsed.data.taxNumber, controlledAt };
}

export function parseAccessControlFile(text: string, now: Date): { lines: TAccessControlLine[]; errors: TLineError[] } {
  const lines: TAccessControlLine[] = [];
  const errors: TLineError[] = [];
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") return { lines, errors: [{ line: 0, reason: "The file is empty." }] };
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return { lines, errors: [{ line: 0, reason: "The file looks like JSON but cannot be read as JSON." }] };
    }
    if (!Array.isArray(data))
      return { lines, errors: [{ line: 0, reason: "The JSON must be an array of { taxNumber, controlledAt }." }] };
    if (data.length > MAX_ACCESS_CONTROL_LINES)
      return { lines, errors: [{ line: 0, reason: `Over ${MAX_ACCESS_CONTROL_LINES} lines: split the file.` }] };
    data.forEach((value, index) => {
      const row = check(index + 1, value, now, errors);
      if (row) lines.push(row);
    });
  } else {
    const rows = trimmed.split(/\r?\n/);
    if (rows.length > MAX_ACCESS_CONTROL_LINES + 1)
      return { lines, errors: [{ line: 0, reason: `Over ${MAX_ACCESS_CONTROL_LINES} lines: split the file.` }] };
    rows.forEach((raw, index) => {
      const lineNumber = index + 1;
      if (raw.trim() === "") return;
      const cells = raw.split(/[;,]/).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
      if (index === 0 && /tax/i.test(cells[0] ?? "")) return; // the header
      if (cells.length !== 2) {
        errors.push({
          line: lineNumber,
          reason: `Expected 2 columns (tax number, control time), found ${cells.length}.`,
        });
        return;
      }
      const row = check(lineNumber, { taxNumber: cells[0], controlledAt: cells[1] }, now, errors);
      if (row) lines.push(row);
    });
  }
  const seen = new Map<string, number>();
  for (const row of lines) {
    const first = seen.get(row.taxNumber);
    if (first !== undefined) errors.push({ line: row.line, reason: `${row.taxNumber} is already on line ${first}.` });
    else seen.set(row.taxNumber, row.line);
  }
  if (lines.length === 0 && errors.length === 0) errors.push({ line: 0, reason: "The file holds no line to import." });
  return { lines, errors: errors.sort((a, b) => a.line - b.line) };
}
