import type { TFunctionDefinition } from "../runner";
import { retrieveTicketStatus } from "./run";
import { ZRetrieveStatusSettings } from "./settings";

export const retrieveTicketStatusFunction = {
  label: "Retrieve ticket status from TIXNGO",
  aka: "Feedback interface",
  summary:
    "Reads the TIXNGO diff feed from the stored pagination key: mobile status, owner, holder, transaction log, transfers.",
  settings: ZRetrieveStatusSettings,
  run: retrieveTicketStatus,
} satisfies TFunctionDefinition<typeof ZRetrieveStatusSettings>;
