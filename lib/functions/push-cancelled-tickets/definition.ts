import type { TFunctionDefinition } from "../runner";
import { pushCancelledTickets } from "../push-tickets/run";
import { ZPushCancelledSettings } from "./settings";

export const pushCancelled = {
  label: "Push cancelled and invalidated tickets",
  aka: "Push cancelled",
  summary:
    "Sends every ticket cancelled or invalidated that TIXNGO has not accepted in that state yet; TIXNGO deletes them.",
  settings: ZPushCancelledSettings,
  run: pushCancelledTickets,
} satisfies TFunctionDefinition<typeof ZPushCancelledSettings>;
