// The one rule for "when does this automatic schedule run next", used when a
// schedule is saved, re-enabled, and each time the tick fires it.
import { CronExpressionParser } from "cron-parser";
import type { TParameters } from "@/lib/functions/parameters";
import { offsetMinutes } from "@/lib/time/time-zone";

/**
 * The next automatic run after `from`, or null when the window is over.
 * With stickToTheHour, every-N-minutes runs align to multiples of N from the
 * hour (…:00, :05, :10 for 5); without it, they count from the start.
 * Cron fields and the hour alignment are read in the schedule's time zone, so
 * "0 6 * * *" is 06:00 on the local clock in winter and in summer alike.
 */
export function nextRunAt(
  schedule: {
    launchMode: string;
    enabled: boolean;
    frequencyMinutes: number | null;
    cron: string | null;
    startAt: Date | null;
    endAt: Date | null;
    timeZone: string;
  },
  from: Date,
  { stickToTheHour }: Pick<TParameters, "stickToTheHour">,
): Date | null {
  if (schedule.launchMode !== "AUTOMATIC" || !schedule.enabled || !schedule.startAt || !schedule.endAt) return null;
  const after = new Date(Math.max(from.getTime(), schedule.startAt.getTime() - 1));
  let next: Date;
  if (schedule.cron) {
    next = CronExpressionParser.parse(schedule.cron, { currentDate: after, tz: schedule.timeZone }).next().toDate();
    // Stryker disable next-line ConditionalExpression: equivalent, with no frequency the step is 0, the date NaN, never before the end.
  } else if (schedule.frequencyMinutes) {
    const step = schedule.frequencyMinutes * 60_000;
    // Local midnight of a fixed day, at the offset in force now (a DST change moves the local grid with it).
    const origin = stickToTheHour
      ? Date.UTC(2000, 0, 1) - offsetMinutes(after, schedule.timeZone) * 60_000
      : schedule.startAt.getTime();
    next = new Date(origin + (Math.floor((after.getTime() - origin) / step) + 1) * step);
    // Stryker disable next-line BlockStatement: equivalent, an unset date is never before the end either (said for the reader).
  } else {
    return null;
  }
  return next <= schedule.endAt ? next : null;
}
