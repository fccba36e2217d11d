// Times are stored in UTC and shown, typed and scheduled in a time zone: the
// organization's, or the user's own when set. Intl knows the IANA database
// (DST included), so these helpers only convert between wall time and instants.
import { z } from "zod";

export const DEFAULT_TIME_ZONE = "UTC";

/** True for a zone Intl knows (IANA names such as Europe/Zurich, and UTC). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const ZTimeZone = z.string().trim().refine(isTimeZone, { error: "Not a known time zone (e.g. Europe/Zurich)." });

/** The zones offered in pickers, UTC first. */
export function timeZoneOptions(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

function wallParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at that instant, in minutes (Europe/Zurich: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = wallParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The instant a wall-clock time ("2026-03-29T02:30", as a datetime-local input
 * sends it) names in a zone. A time skipped by a DST change moves forward by
 * the gap (02:30 → 03:30), an hour that occurs twice takes its first occurrence.
 * Null when the text is not a wall time.
 */
export function wallTimeToUtc(text: string, timeZone: string): Date | null {
  const m = WALL_TIME.exec(text.trim());
  if (!m) return null;
  const part = (index: number) => Number(m[index] ?? 0);
  const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Two passes settle the offset, also next to a DST change.
  const first = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  const before = asUtc - offsetMinutes(new Date(first - 3 * 3_600_000), timeZone) * 60_000;
  const after = asUtc - offsetMinutes(new Date(first), timeZone) * 60_000;
  // Repeated hour: both offsets read back as the same wall time; keep the earlier instant.
  if (before !== after && sameWallTime(new Date(before), timeZone, asUtc)) return new Date(Math.min(before, after));
  return new Date(after);
}

function sameWallTime(instant: Date, timeZone: string, wallAsUtc: number): boolean {
  const p = wallParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) === wallAsUtc;
}

/** The datetime-local value ("2026-03-29T03:30") of an instant in a zone. */
export function utcToWallTime(instant: Date, timeZone: string): string {
  const p = wallParts(instant, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
