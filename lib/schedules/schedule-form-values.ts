import type { TScheduleFormValues } from "./schedule-form-types";
import type { Schedule } from "@/lib/generated/prisma/client";
import { utcToWallTime } from "@/lib/time/time-zone";

/** A datetime-local input's value: the instant on the reader's clock, to the minute. */
export function inputDateTime(value: Date | null | undefined, timeZone: string): string | undefined {
  return value ? utcToWallTime(value, timeZone) : undefined;
}

export function scheduleFormValues(
  schedule: Schedule,
  timeZone: string,
  replayFileName?: string | null,
): TScheduleFormValues {
  const settings = { ...(schedule.settings as Record<string, unknown>) };
  if (typeof settings.dateFrom === "string") settings.dateFrom = inputDateTime(new Date(settings.dateFrom), timeZone);
  return {
    name: schedule.name,
    launchMode: schedule.launchMode,
    frequencyKind: schedule.cron ? "CRON" : "MINUTES",
    frequencyMinutes: schedule.frequencyMinutes,
    cron: schedule.cron,
    startAt: inputDateTime(schedule.startAt, timeZone),
    endAt: inputDateTime(schedule.endAt, timeZone),
    enabled: schedule.enabled,
    notifyOnWarning: schedule.notifyOnWarning,
    paginationKey: schedule.paginationKey,
    replayFileName,
    settings,
    timeZone,
  };
}
