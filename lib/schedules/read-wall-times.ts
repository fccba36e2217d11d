import { wallTimeToUtc } from "@/lib/time/time-zone";

/** The schedule form's date-and-time fields (datetime-local values, no zone). */
const WALL_TIME_FIELDS = ["startAt", "endAt", "dateFrom"] as const;

/**
 * The form's fields with each typed wall time turned into the UTC instant it
 * names in `timeZone`. Anything else (empty, already an instant, not a date) is
 * left for the schemas to accept or refuse with their own message.
 */
export function readWallTimes(raw: Record<string, unknown>, timeZone: string): Record<string, unknown> {
  const out = { ...raw };
  for (const field of WALL_TIME_FIELDS) {
    const value = out[field];
    if (typeof value !== "string" || value.trim() === "") continue;
    const instant = wallTimeToUtc(value, timeZone);
    if (instant) out[field] = instant.toISOString();
  }
  return out;
}
