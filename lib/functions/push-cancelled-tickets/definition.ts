import type { TFunctionDefinition } from "../runner";
import { pushCancelledTickets } from "../push-tickets/run";
import { ZPushCancelledSettings } from "./settings";

export const pushCancelled = {
  label: "Push cancelled and invalidated tickets",
  aka: "Push cancelled",
  summary: "Sends the tickets cancelled or invalidated since the last OK or WARNING run; TIXNGO deletes them.",
  settings: ZPushCancelledSettings,
  run: pushCancelledTickets,
} satisfies TFunctionDefinition<typeof ZPushCancelledSettings>;
