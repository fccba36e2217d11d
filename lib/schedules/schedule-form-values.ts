import type { TScheduleFormValues } from "@/components/schedule-form";
import type { Schedule } from "@/lib/generated/prisma/client";

/** A datetime-local input's value (UTC, minutes). */
export function inputDateTime(value: Date | null | undefined): string | undefined {
  return value ? value.toISOString().slice(0, 16) : undefined;
}

export function scheduleFormValues(schedule: Schedule, replayFileName?: string | null): TScheduleFormValues {
  const settings = { ...(schedule.settings as Record<string, unknown>) };
  if (typeof settings.dateFrom === "string") settings.dateFrom = settings.dateFrom.slice(0, 16);
  return {
    name: schedule.name,
    launchMode: schedule.launchMode,
    frequencyKind: schedule.cron ? "CRON" : "MINUTES",
    frequencyMinutes: schedule.frequencyMinutes,
    cron: schedule.cron,
    startAt: inputDateTime(schedule.startAt),
    endAt: inputDateTime(schedule.endAt),
    enabled: schedule.enabled,
    notifyOnWarning: schedule.notifyOnWarning,
    paginationKey: schedule.paginationKey,
    replayFileName,
    settings,
  };
}
