import type { ScheduleFunction } from "@/lib/generated/prisma/enums";

export const FUNCTION_LABELS: Record<ScheduleFunction, { name: string; aka: string }> = {
  TICKET_INJECTION: { name: "Ticket injection", aka: "Tickets external printing" },
  RETRIEVE_TICKET_STATUS: { name: "Retrieve ticket status from TIXNGO", aka: "Feedback interface" },
  PUSH_CANCELLED_TICKETS: { name: "Push cancelled and invalidated tickets", aka: "Push cancelled" },
  PUSH_CONTROLLED_TICKETS: { name: "Push controlled tickets", aka: "Push controlled" },
  INJECT_DIGITAL_PRIVILEGES: { name: "Inject digital privileges", aka: "Privileges injection" },
};
