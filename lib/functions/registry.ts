// The five functions, one line each. Adding a sixth: a folder under
// lib/functions/ with its settings, plan, run and definition, one line here
// (and its enum value in the schema, its fieldset for the wizard).
import type { z } from "zod";
import type { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { injectDigitalPrivilegesFunction } from "./inject-digital-privileges/definition";
import { pushCancelled } from "./push-cancelled-tickets/definition";
import { pushControlled } from "./push-controlled-tickets/definition";
import { retrieveTicketStatusFunction } from "./retrieve-ticket-status/definition";
import type { TFunctionDefinition } from "./runner";
import { ticketInjection } from "./ticket-injection/definition";

export const FUNCTIONS = {
  TICKET_INJECTION: ticketInjection,
  RETRIEVE_TICKET_STATUS: retrieveTicketStatusFunction,
  PUSH_CANCELLED_TICKETS: pushCancelled,
  PUSH_CONTROLLED_TICKETS: pushControlled,
  INJECT_DIGITAL_PRIVILEGES: injectDigitalPrivilegesFunction,
} as const satisfies Record<ScheduleFunction, TFunctionDefinition>;

export const FUNCTION_KEYS = Object.keys(FUNCTIONS) as ScheduleFunction[];

export type TSettingsOf<F extends ScheduleFunction> = z.output<(typeof FUNCTIONS)[F]["settings"]>;

/** A schedule's stored settings (JSON), read back through its function's schema. */
export function readSettings<F extends ScheduleFunction>(fn: F, stored: unknown): TSettingsOf<F> {
  return FUNCTIONS[fn].settings.parse(stored ?? {}) as TSettingsOf<F>;
}
