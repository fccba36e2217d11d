import type { ScheduleFunction } from "@/lib/generated/prisma/enums";

/** Retrieve-status: one run across every organization (docs/functions.md: retrieve ticket status); others: one per schedule. */
export function activeRunKey(fn: ScheduleFunction, scheduleId: string): string {
  return fn === "RETRIEVE_TICKET_STATUS" ? "RETRIEVE_TICKET_STATUS" : `schedule:${scheduleId}`;
}
