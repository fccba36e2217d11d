import type { TFunctionDefinition } from "../runner";
import { pushControlledTickets } from "../push-tickets/run";
import { ZPushControlledSettings } from "./settings";

export const pushControlled = {
  label: "Push controlled tickets",
  aka: "Push controlled",
  summary:
    "Sends every controlled ticket that TIXNGO has not accepted as controlled yet; TIXNGO marks them CONTROLLED.",
  settings: ZPushControlledSettings,
  run: pushControlledTickets,
} satisfies TFunctionDefinition<typeof ZPushControlledSettings>;
