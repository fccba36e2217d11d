// Text as people type it, made safe to store and show. PostgreSQL refuses NUL
// in text (a 500 if it got there), and control characters, line breaks and
// bidirectional overrides in a name can disguise it on screen or in a log
// (`admin\u202Egnp.exe`). Names are cleaned of them; numbers are read strictly.
import { z } from "zod";

// C0 and C1 controls (tab and line breaks included), DEL, zero-width and bidi marks, embeddings, overrides, isolates.
const UNSAFE_IN_NAMES = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** A name without control, zero-width or bidi characters, and single-spaced ends. */
export function cleanName(value: string): string {
  return value.replace(UNSAFE_IN_NAMES, "").trim();
}

/** Removes only NUL, which PostgreSQL cannot store: for free text where line breaks are meaningful. */
export function withoutNul(value: string): string {
  return value.replaceAll("\u0000", "");
}

/** A required display name: cleaned, then 1 to `max` characters, in the operator's words. */
export function ZDisplayName(label: string, max = 100) {
  return z
    .string({ error: `${label} is required.` })
    .transform(cleanName)
    .pipe(z.string().min(1, `${label} is required.`).max(max, `${label} is too long (${max} characters at most).`));
}

/** A whole number written in decimal digits (an optional minus sign): not "0x10", "1e3", "1.0" nor " 7". */
export function strictWholeNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== "string" || !/^-?\d{1,15}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
