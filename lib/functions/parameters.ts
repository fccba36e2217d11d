// Custom parameters of the TIXNGO interface: known keys with their defaults
// and meaning; unknown keys are kept as they are. Stored as ordered
// { key, value } rows (what the admin typed); the functions read them once,
// through `readParameters`, as a typed record with the defaults applied.
import { z } from "zod";
import { strictWholeNumber } from "@/lib/security/text";

export type TKnownParameter = { key: string; defaultValue: string; help: string };

export const KNOWN_PARAMETERS: TKnownParameter[] = [
  {
    key: "TIXNGO_LIFECYCLE_MODE",
    defaultValue: "lifecycle",
    help: 'Synchronize by ticket lifecycle. The legacy value "history" is deprecated and refused.',
  },
  {
    key: "overlaySpectatorDetailsWithLastOwner",
    defaultValue: "true",
    help: "Inject reprinted tickets to the cultural contact, not to the last known mobile owner.",
  },
  {
    key: "enableTicketDistributionToCulturalContact",
    defaultValue: "true",
    help: "Retrieve-status creates contacts and distribution history from TIXNGO transfers.",
  },
  {
    key: "doContinueInCaseOfSyncError",
    defaultValue: "true",
    help: "Feedback goes on past a ticket that fails, reporting it.",
  },
  {
    key: "enforceMandatoryParameters",
    defaultValue: "true",
    help: "Fail before calling TIXNGO when mandatory data is missing.",
  },
  {
    key: "ticketIterationSize",
    defaultValue: "1000",
    help: "Split a run's batch into API calls of this many tickets (at most 1000).",
  },
  { key: "stickToTheHour", defaultValue: "true", help: "Automatic runs align to multiples of their frequency." },
  {
    key: "visibilityFlagDefaultValue",
    defaultValue: "false",
    help: 'showDeletedTicket sent on invalidation when neither the reason nor "notify spectator" says otherwise.',
  },
  {
    key: "overrideVisibilityFlagForInvalidationReasons",
    defaultValue: "",
    help: "Comma list of invalidation reasons (CANCELLED, INVALIDATED, REPRINT, RESALE) always sent with showDeletedTicket=true.",
  },
  {
    key: "maxLengthDumpedCallsInKbs",
    defaultValue: "64",
    help: "Keep request/response dumps up to this size (KB) for troubleshooting.",
  },
];

export const HISTORY_MODE_REFUSAL =
  "TIXNGO_LIFECYCLE_MODE=history is the deprecated legacy mode (blockchain transactions) and is no longer available: use lifecycle.";

const BOOLEAN_KEYS = new Set([
  "overlaySpectatorDetailsWithLastOwner",
  "enableTicketDistributionToCulturalContact",
  "doContinueInCaseOfSyncError",
  "enforceMandatoryParameters",
  "stickToTheHour",
  "visibilityFlagDefaultValue",
]);
const REASONS = new Set(["CANCELLED", "INVALIDATED", "REPRINT", "RESALE"]);

export const MAX_DUMP_KB = 1024;

export const ZCustomParameter = z.object({
  key: z
    .string()
    .trim()
    .min(1, "A key is required.")
    .max(100, "A key is at most 100 characters.")
    .regex(/^[A-Za-z0-9_.-]+$/, "Keys use letters, digits, _ . and - only."),
  value: z.string().trim().max(2000, "A value is at most 2000 characters."),
});

export const ZCustomParameters = z.array(ZCustomParameter).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", path: [index, "value"], message });
    if (seen.has(row.key)) ctx.addIssue({ code: "custom", path: [index, "key"], message: `${row.key} is set twice.` });
    seen.add(row.key);
    if (row.key === "TIXNGO_LIFECYCLE_MODE") {
      if (row.value.toLowerCase() === "history") issue(HISTORY_MODE_REFUSAL);
      else if (row.value !== "lifecycle") issue("TIXNGO_LIFECYCLE_MODE must be lifecycle.");
    } else if (BOOLEAN_KEYS.has(row.key) && row.value !== "true" && row.value !== "false") {
      issue(`${row.key} must be true or false.`);
    } else if (row.key === "ticketIterationSize") {
      const size = strictWholeNumber(row.value) ?? NaN;
      if (!Number.isInteger(size) || size < 1 || size > 1000)
        issue("ticketIterationSize must be a whole number from 1 to 1000.");
    } else if (row.key === "maxLengthDumpedCallsInKbs") {
      const size = strictWholeNumber(row.value) ?? NaN;
      if (!Number.isInteger(size) || size < 0 || size > MAX_DUMP_KB)
        issue(`maxLengthDumpedCallsInKbs must be a whole number of KB from 0 to ${MAX_DUMP_KB}.`);
    } else if (row.key === "overrideVisibilityFlagForInvalidationReasons" && row.value !== "") {
      const unknown = row.value
        .split(",")
        .map((r) => r.trim())
        .filter((r) => !REASONS.has(r));
      if (unknown.length > 0)
        issue(`Unknown invalidation reason(s): ${unknown.join(", ")}. Use CANCELLED, INVALIDATED, REPRINT, RESALE.`);
    }
  });
});

export type TCustomParameters = z.infer<typeof ZCustomParameters>;

/** The effective value of a parameter as text: the stored one, else its default (for display). */
export function parameterValue(rows: TCustomParameters, key: string): string | undefined {
  return rows.find((row) => row.key === key)?.value ?? KNOWN_PARAMETERS.find((p) => p.key === key)?.defaultValue;
}

export type TInvalidationReasonCode = "CANCELLED" | "INVALIDATED" | "REPRINT" | "RESALE";

/** What the functions and the engine read: every known parameter, typed, defaults applied. */
export type TParameters = {
  overlaySpectatorDetailsWithLastOwner: boolean;
  enableTicketDistributionToCulturalContact: boolean;
  doContinueInCaseOfSyncError: boolean;
  enforceMandatoryParameters: boolean;
  /** API calls carry at most this many tickets (1–1000). */
  ticketIterationSize: number;
  stickToTheHour: boolean;
  visibilityFlagDefaultValue: boolean;
  overrideVisibilityFlagForInvalidationReasons: TInvalidationReasonCode[];
  /** Request/response bodies in the execution log are cut to this many KB (0: no bodies). */
  maxLengthDumpedCallsInKbs: number;
};

/**
 * The interface's stored rows → the typed record. Rows were validated when
 * saved; anything unreadable (an older row, a hand-edited database) falls back
 * to the default rather than stopping every run.
 */
export function readParameters(stored: unknown): TParameters {
  // Stryker disable next-line ArrayDeclaration: equivalent, nothing stored and anything unreadable both give no rows.
  const parsed = ZCustomParameters.safeParse(stored ?? []);
  // Stryker disable next-line ArrayDeclaration: equivalent, a row that is not { key, value } matches no parameter.
  const rows = parsed.success ? parsed.data : [];
  // Stryker disable next-line StringLiteral: equivalent, every key read below is known and so has a default.
  const text = (key: string) => parameterValue(rows, key) ?? "";
  const flag = (key: string) => text(key) === "true";
  const whole = (key: string, min: number, max: number, fallback: number) => {
    const value = strictWholeNumber(text(key)) ?? NaN;
    // Stryker disable next-line all: equivalent, the rows passed ZCustomParameters, whose bounds are these or stricter.
    return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  };
  return {
    overlaySpectatorDetailsWithLastOwner: flag("overlaySpectatorDetailsWithLastOwner"),
    enableTicketDistributionToCulturalContact: flag("enableTicketDistributionToCulturalContact"),
    doContinueInCaseOfSyncError: flag("doContinueInCaseOfSyncError"),
    enforceMandatoryParameters: flag("enforceMandatoryParameters"),
    ticketIterationSize: whole("ticketIterationSize", 1, 1000, 1000),
    stickToTheHour: flag("stickToTheHour"),
    visibilityFlagDefaultValue: flag("visibilityFlagDefaultValue"),
    overrideVisibilityFlagForInvalidationReasons: text("overrideVisibilityFlagForInvalidationReasons")
      .split(",")
      .map((reason) => reason.trim())
      .filter((reason): reason is TInvalidationReasonCode => REASONS.has(reason)),
    maxLengthDumpedCallsInKbs: whole("maxLengthDumpedCallsInKbs", 0, 1024 * 1024, 64),
  };
}
