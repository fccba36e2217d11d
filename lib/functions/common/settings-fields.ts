// Field types shared by the functions' settings and the schedule's common
// fields. Form values arrive as strings; stored settings come back as JSON.
import { z } from "zod";
import { strictWholeNumber } from "@/lib/security/text";
import { RECOMMENDED_BATCH_SIZE } from "./constants";

// A million: a stadium's backlog goes through in one run.
export const MAX_BATCH_SIZE = 1_000_000;

export const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const MAX_LIST_ENTRIES = 1000;

/** "a, b ,c" or a list → unique trimmed codes, at most MAX_LIST_ENTRIES. */
export const ZCodeList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(/[,\n]/) : value),
  z
    .array(z.string().trim())
    .transform((items) => [...new Set(items.filter(Boolean))])
    .refine((items) => items.length <= MAX_LIST_ENTRIES, `At most ${MAX_LIST_ENTRIES} entries.`),
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
// Digits only: "0x10", "1e3" or "12abc" stay text and are refused as not a whole number.
export const toNumber = (value: unknown) =>
  typeof value === "string" ? (value.trim() === "" ? undefined : (strictWholeNumber(value) ?? value)) : value;
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
export const ZBatchSize = z.preprocess(toNumber, batchNumber);
export const ZOptionalBatchSize = z.preprocess(toNumber, batchNumber.optional());
export const ZCheckbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
export const ZOptionalDate = z.preprocess(
  emptyToUndefined,
  z.coerce.date({ error: "Enter a valid date and time." }).optional(),
);
