import type { TFunctionDefinition } from "../runner";
import { injectTickets } from "./run";
import { ZInjectionSettings } from "./settings";

export const ticketInjection = {
  label: "Ticket injection",
  aka: "Tickets external printing",
  summary: "Creates the TIXNGO event if needed and injects NOT_PRINTED tickets, by ticket id; they become PRINTED.",
  settings: ZInjectionSettings,
  run: injectTickets,
} satisfies TFunctionDefinition<typeof ZInjectionSettings>;
