// The wizard's fieldset of each function. Client components cannot ride in
// the server-side registry (lib/functions/registry.ts), so this client-side
// map is the one other line a new function adds.
import type { ComponentType } from "react";
import type { ScheduleFunction } from "@/lib/generated/prisma/enums";
import type { TFieldsetProps } from "./fieldset-props";
import { InjectDigitalPrivilegesFieldset } from "./inject-digital-privileges-fieldset";
import { PushCancelledTicketsFieldset } from "./push-cancelled-tickets-fieldset";
import { PushControlledTicketsFieldset } from "./push-controlled-tickets-fieldset";
import { RetrieveTicketStatusFieldset } from "./retrieve-ticket-status-fieldset";
import { TicketInjectionFieldset } from "./ticket-injection-fieldset";

export const FIELDSETS: Record<ScheduleFunction, ComponentType<TFieldsetProps>> = {
  TICKET_INJECTION: TicketInjectionFieldset,
  RETRIEVE_TICKET_STATUS: RetrieveTicketStatusFieldset,
  PUSH_CANCELLED_TICKETS: PushCancelledTicketsFieldset,
  PUSH_CONTROLLED_TICKETS: PushControlledTicketsFieldset,
  INJECT_DIGITAL_PRIVILEGES: InjectDigitalPrivilegesFieldset,
};
