// What a schedule holds (SPEC §6): the common fields and, per function, its
// own settings. One set of zod schemas for the wizard's forms, the server
// actions and the runners.
import { CronExpressionParser } from "cron-parser";
import { z } from "zod";
import type { ScheduleFunction } from "@/lib/generated/prisma/enums";

import { HOLDER_FIELDS, RECOMMENDED_BATCH_SIZE } from "./constants";

export { HOLDER_FIELDS, RECOMMENDED_BATCH_SIZE, RECOMMENDED_FREQUENCY_MINUTES } from "./constants";
const MAX_BATCH_SIZE = 100_000;

// ─── Small field types (form values arrive as strings) ───────────────────

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** "a, b ,c" or a list → unique trimmed codes. */
export const ZCodeList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(/[,\n]/) : value),
  z.array(z.string().trim()).transform((items) => [...new Set(items.filter(Boolean))]),
);

/** Ticket tax numbers (comma separated), each a valid TIXNGO ticketId. */
export const ZTaxNumberList = ZCodeList.superRefine((items, ctx) => {
  const bad = items.filter((item) => !/^[A-Za-z0-9*.\-_+/()]{1,256}$/.test(item));
  if (bad.length > 0)
    ctx.addIssue({
      code: "custom",
      message: `Not a tax number: ${bad.slice(0, 5).join(", ")} (letters, digits and * . - _ + / ( ) only).`,
    });
});

// An empty field is "no value": required (with a default when absent) or optional.
const toNumber = (value: unknown) =>
  typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value;
const batchNumber = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? `The batch size is required (recommended: ${RECOMMENDED_BATCH_SIZE}).`
        : "Enter a whole number.",
  })
  .int("Enter a whole number.")
  .min(1, "At least 1.")
  .max(MAX_BATCH_SIZE, `At most ${MAX_BATCH_SIZE}.`);
const ZBatchSize = z.preprocess(toNumber, batchNumber);
const ZOptionalBatchSize = z.preprocess(toNumber, batchNumber.optional());
const ZCheckbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
const ZOptionalDate = z.preprocess(
  emptyToUndefined,
  z.coerce.date({ error: "Enter a valid date and time." }).optional(),
);

// ─── Per-function settings ───────────────────────────────────────────────

export const ZInjectionSettings = z
  .object({
    batchSize: ZBatchSize.default(RECOMMENDED_BATCH_SIZE),
    salesChannels: ZCodeList.default([]),
    seasons: ZCodeList.default([]),
    productFamilies: ZCodeList.default([]),
    products: ZCodeList.default([]),
    performances: ZCodeList.default([]),
    tariffs: ZCodeList.default([]),
    seatCategories: ZCodeList.default([]),
    /** Exclusive: when set, every other filter is ignored. */
    fileNumber: z.preprocess(emptyToUndefined, z.string().trim().max(64).optional()),
    mandatoryHolderFields: z.preprocess(
      (value) => (typeof value === "string" ? [value] : value),
      z.array(z.enum(HOLDER_FIELDS)).default([]),
    ),
    mainApplicant: ZCheckbox.default(false),
    simulation: ZCheckbox.default(false),
    printerSalesChannel: z.string().trim().min(1, "The sales channel recorded as the printer is required."),
    printerPointOfSale: z.string().trim().min(1, "The point of sale recorded as the printer is required."),
  })
  .superRefine((value, ctx) => {
    // The form disables the other filters; a request that still sends both is refused, not guessed.
    const others = [
      value.salesChannels,
      value.seasons,
      value.productFamilies,
      value.products,
      value.performances,
      value.tariffs,
      value.seatCategories,
    ];
    if (value.fileNumber && others.some((list) => list.length > 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["fileNumber"],
        message: "The file number filter is exclusive: clear the other filters or the file number.",
      });
    }
  });

export const ZRetrieveStatusSettings = z.object({
  batchSize: ZBatchSize.default(RECOMMENDED_BATCH_SIZE),
  skipTaxNumbers: ZTaxNumberList.default([]),
});

export const ZPushCancelledSettings = z.object({
  /** Empty: all tickets since the last OK/WARNING run (the recommended setting). */
  batchSize: ZOptionalBatchSize,
  dateFrom: ZOptionalDate,
  forceTaxNumbers: ZTaxNumberList.default([]),
  skipTaxNumbers: ZTaxNumberList.default([]),
  notifySpectator: ZCheckbox.default(false),
});

export const ZPushControlledSettings = z.object({
  batchSize: ZOptionalBatchSize,
  dateFrom: ZOptionalDate,
  skipTaxNumbers: ZTaxNumberList.default([]),
});

export const ZPrivilegeSettings = z.object({
  batchSize: ZBatchSize.default(RECOMMENDED_BATCH_SIZE),
  products: ZCodeList.default([]),
  simulation: ZCheckbox.default(false),
});

export const SETTINGS_SCHEMAS = {
  TICKET_INJECTION: ZInjectionSettings,
  RETRIEVE_TICKET_STATUS: ZRetrieveStatusSettings,
  PUSH_CANCELLED_TICKETS: ZPushCancelledSettings,
  PUSH_CONTROLLED_TICKETS: ZPushControlledSettings,
  INJECT_DIGITAL_PRIVILEGES: ZPrivilegeSettings,
} as const satisfies Record<ScheduleFunction, z.ZodType>;

export type TSettingsOf<F extends ScheduleFunction> = z.output<(typeof SETTINGS_SCHEMAS)[F]>;

/** Settings as stored (JSON), read back through the function's schema. */
export function readSettings<F extends ScheduleFunction>(fn: F, stored: unknown): TSettingsOf<F> {
  return SETTINGS_SCHEMAS[fn].parse(stored ?? {}) as TSettingsOf<F>;
}

// ─── Common fields ───────────────────────────────────────────────────────

export const ZScheduleCommon = z
  .object({
    name: z.string().trim().min(1, "The internal name is required.").max(100, "At most 100 characters."),
    launchMode: z.enum(["MANUAL", "AUTOMATIC"], { error: "Choose Manual or Automatic." }),
    frequencyKind: z.enum(["MINUTES", "CRON"]).default("MINUTES"),
    frequencyMinutes: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "Enter a number of minutes." })
        .int()
        .min(1, "At least every minute.")
        .max(7 * 24 * 60, "At most once a week.")
        .optional(),
    ),
    cron: z.preprocess(emptyToUndefined, z.string().trim().optional()),
    startAt: ZOptionalDate,
    endAt: ZOptionalDate,
    // Form checkboxes: absent means unchecked.
    enabled: ZCheckbox,
    notifyOnWarning: ZCheckbox,
  })
  .superRefine((value, ctx) => {
    if (value.launchMode !== "AUTOMATIC") return;
    if (value.frequencyKind === "MINUTES" && value.frequencyMinutes === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["frequencyMinutes"],
        message: "An automatic schedule needs a frequency (recommended: every 5 minutes).",
      });
    }
    if (value.frequencyKind === "CRON") {
      if (!value.cron)
        ctx.addIssue({ code: "custom", path: ["cron"], message: "Enter a cron expression, e.g. */5 * * * *." });
      else if (!cronIsValid(value.cron))
        ctx.addIssue({
          code: "custom",
          path: ["cron"],
          message: "Not a valid cron expression (minute hour day month weekday).",
        });
    }
    if (!value.startAt)
      ctx.addIssue({ code: "custom", path: ["startAt"], message: "An automatic schedule needs a start." });
    if (!value.endAt) ctx.addIssue({ code: "custom", path: ["endAt"], message: "An automatic schedule needs an end." });
    if (value.startAt && value.endAt && value.endAt <= value.startAt) {
      ctx.addIssue({ code: "custom", path: ["endAt"], message: "The end must be after the start." });
    }
  });
export type TScheduleCommon = z.output<typeof ZScheduleCommon>;

export function cronIsValid(expression: string): boolean {
  if (expression.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(expression);
    return true;
  } catch {
    return false;
  }
}

/**
 * The next automatic run after `from`, or null when the window is over.
 * With stickToTheHour, every-N-minutes runs align to multiples of N from the
 * hour (…:00, :05, :10 for 5); without it, they count from the start.
 */
export function nextRunAt(
  schedule: {
    launchMode: string;
    enabled: boolean;
    frequencyMinutes: number | null;
    cron: string | null;
    startAt: Date | null;
    endAt: Date | null;
  },
  from: Date,
  stickToTheHour = true,
): Date | null {
  if (schedule.launchMode !== "AUTOMATIC" || !schedule.enabled || !schedule.startAt || !schedule.endAt) return null;
  const after = new Date(Math.max(from.getTime(), schedule.startAt.getTime() - 1));
  let next: Date;
  if (schedule.cron) {
    next = CronExpressionParser.parse(schedule.cron, { currentDate: after, tz: "UTC" }).next().toDate();
  } else if (schedule.frequencyMinutes) {
    const step = schedule.frequencyMinutes * 60_000;
    const origin = stickToTheHour ? Date.UTC(2000, 0, 1) : schedule.startAt.getTime();
    next = new Date(origin + (Math.floor((after.getTime() - origin) / step) + 1) * step);
  } else {
    return null;
  }
  return next <= schedule.endAt ? next : null;
}
