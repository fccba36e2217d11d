import type { ScheduleFunction } from "@/lib/generated/prisma/enums";

/** The one claim every organization's retrieve-status shares. */
export const RETRIEVE_STATUS_KEY = "RETRIEVE_TICKET_STATUS";

/** Retrieve-status: one run across every organization; others: one per schedule. */
export function activeRunKey(fn: ScheduleFunction, scheduleId: string): string {
  return fn === "RETRIEVE_TICKET_STATUS" ? RETRIEVE_STATUS_KEY : `schedule:${scheduleId}`;
}
