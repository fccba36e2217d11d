// Times are shown in the reader's time zone (the organization's unless the user
// chose another), always with the zone's name so nobody has to guess.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:05:09", for log lines under a header that names the day and the zone. */
export function formatTime(value: Date, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeStyle: "medium", timeZone, hourCycle: "h23" });
    timeFormats.set(timeZone, format);
  }
  return format.format(value);
}

// Date-only columns (birth dates, season bounds) are calendar days, not instants: no zone applies.
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function formatDateTime(value: Date | string | null | undefined, timeZone: string): string {
  return value ? dateTimeFormat(timeZone).format(new Date(value)) : "—";
}

export function formatDate(value: Date | null | undefined): string {
  return value ? dateOnly.format(value) : "—";
}

export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-CH", { style: "currency", currency }).format(cents / 100);
}

/** "850 ms", "42 s", "3 min 05 s", "2 h 10 min". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.max(0, Math.round(milliseconds))} ms`;
  const seconds = Math.floor(milliseconds / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** How long a run took, or has been running ("—" before it starts). */
export function runDuration(startedAt: Date | null, endedAt: Date | null, now: Date): string {
  if (!startedAt) return "—";
  return formatDuration((endedAt ?? now).getTime() - startedAt.getTime());
}

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

/** "3 minutes ago", "in 2 hours", "now". */
export function formatRelative(value: Date | null | undefined, now: Date): string {
  if (!value) return "—";
  const delta = value.getTime() - now.getTime();
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size || unit === "second") {
      const amount = Math.round(delta / size);
      return amount === 0 ? "now" : relative.format(amount, unit);
    }
  }
  return "now";
}
