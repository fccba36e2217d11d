// All times are shown in UTC, as the forms take them.
const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function formatDateTime(value: Date | null | undefined): string {
  return value ? dateTime.format(value) : "—";
}

export function formatDate(value: Date | null | undefined): string {
  return value ? dateOnly.format(value) : "—";
}

export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-CH", { style: "currency", currency }).format(cents / 100);
}
