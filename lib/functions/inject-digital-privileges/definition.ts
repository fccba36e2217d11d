import type { TFunctionDefinition } from "../runner";
import { injectDigitalPrivileges } from "./run";
import { ZPrivilegeSettings } from "./settings";

export const injectDigitalPrivilegesFunction = {
  label: "Inject digital privileges",
  aka: "Privileges injection",
  summary: "Creates the privilege definition if needed and injects NOT_PRINTED membership and season cards.",
  settings: ZPrivilegeSettings,
  run: injectDigitalPrivileges,
} satisfies TFunctionDefinition<typeof ZPrivilegeSettings>;
