// The retrieve-status "file to upload": a diff response `{ "tickets": [...] }`
// or a bare array of LifecycleTicket, processed as if TIXNGO had returned it.
// Anything else is refused with the line and the reason; nothing is written.
import { ZLifecycleTicket, type TLifecycleTicket } from "@/lib/tixngo/contract";

export const MAX_REPLAY_BYTES = 20 * 1024 * 1024;

export type TReplayResult = { ok: true; changes: TLifecycleTicket[] } | { ok: false; errors: string[] };

export function parseReplayFile(text: string): TReplayResult {
  if (Buffer.byteLength(text) > MAX_REPLAY_BYTES)
    return { ok: false, errors: [`The file is larger than ${MAX_REPLAY_BYTES / 1024 / 1024} MB.`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1]);
    const line = Number.isFinite(position) ? lineAt(text, position) : undefined;
    return {
      ok: false,
      errors: [
        `${line ? `Line ${line}: ` : ""}not valid JSON (${message.replace(/ in JSON at position \d+.*$/, "")}).`,
      ],
    };
  }
  const wrapped = json !== null && typeof json === "object" && !Array.isArray(json) && "tickets" in json;
  const items = Array.isArray(json) ? json : wrapped ? (json as { tickets: unknown }).tickets : undefined;
  if (!Array.isArray(items))
    return {
      ok: false,
      errors: ['Line 1: expected a diff response { "tickets": [...] } or an array of lifecycle tickets.'],
    };
  const starts = elementLines(text, wrapped ? 2 : 1);
  const errors: string[] = [];
  const changes: TLifecycleTicket[] = [];
  items.forEach((item, index) => {
    const parsed = ZLifecycleTicket.safeParse(item);
    if (parsed.success) changes.push(parsed.data);
    else {
      const issue = parsed.error.issues[0]!;
      errors.push(
        `Line ${starts[index] ?? "?"}: ticket ${index + 1}${typeof (item as { ticketId?: unknown })?.ticketId === "string" ? ` (${(item as { ticketId: string }).ticketId})` : ""}: ${issue.path.join(".") || "(item)"}: ${issue.message}`,
      );
    }
  });
  if (errors.length > 0)
    return {
      ok: false,
      errors: errors.slice(0, 20).concat(errors.length > 20 ? [`…and ${errors.length - 20} more.`] : []),
    };
  return { ok: true, changes: changes.sort((a, b) => a.sequence - b.sequence) };
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line where each element of the array at `depth` starts (1: top-level array, 2: the array inside the top object). */
function elementLines(text: string, depth: number): number[] {
  const lines: number[] = [];
  let level = 0;
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (expectElement && !/\s/.test(c) && c !== "]") {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      level++;
      if (c === "[" && level === depth) expectElement = true;
    } else if (c === "]" || c === "}") level--;
    else if (c === "," && level === depth) expectElement = true;
  }
  return lines;
}
