import type { ScheduleFunction } from "@/lib/generated/prisma/enums";

export const FUNCTION_LABELS: Record<ScheduleFunction, { name: string; aka: string }> = {
  TICKET_INJECTION: { name: "Ticket injection", aka: "Tickets external printing" },
  RETRIEVE_TICKET_STATUS: { name: "Retrieve ticket status from TIXNGO", aka: "Feedback interface" },
  PUSH_CANCELLED_TICKETS: { name: "Push cancelled and invalidated tickets", aka: "Push cancelled" },
  PUSH_CONTROLLED_TICKETS: { name: "Push controlled tickets", aka: "Push controlled" },
  INJECT_DIGITAL_PRIVILEGES: { name: "Inject digital privileges", aka: "Privileges injection" },
};

export const FUNCTION_SUMMARIES: Record<ScheduleFunction, string> = {
  TICKET_INJECTION:
    "Creates the TIXNGO event if needed and injects NOT_PRINTED tickets, by ticket id; they become PRINTED.",
  RETRIEVE_TICKET_STATUS:
    "Reads the TIXNGO diff feed from the stored pagination key: mobile status, owner, holder, transaction log, transfers.",
  PUSH_CANCELLED_TICKETS:
    "Sends the tickets cancelled or invalidated since the last OK or WARNING run; TIXNGO deletes them.",
  PUSH_CONTROLLED_TICKETS:
    "Sends the tickets controlled since the last OK or WARNING run; TIXNGO marks them CONTROLLED.",
  INJECT_DIGITAL_PRIVILEGES:
    "Creates the privilege definition if needed and injects NOT_PRINTED membership and season cards.",
};
