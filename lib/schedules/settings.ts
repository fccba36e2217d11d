// What every schedule holds whatever its function: name, launch mode, timing,
// notification. One zod schema for the wizard's form and the save action; the
// per-function settings live with each function (lib/functions/<fn>/settings.ts).
import { CronExpressionParser } from "cron-parser";
import { z } from "zod";
import { emptyToUndefined, toNumber, ZCheckbox, ZOptionalDate } from "@/lib/functions/common/settings-fields";
import { ZDisplayName } from "@/lib/security/text";

export const ZScheduleCommon = z
  .object({
    name: ZDisplayName("The internal name"),
    launchMode: z.enum(["MANUAL", "AUTOMATIC"], { error: "Choose Manual or Automatic." }),
    frequencyKind: z.enum(["MINUTES", "CRON"]).default("MINUTES"),
    frequencyMinutes: z.preprocess(
      toNumber,
      z
        .number({ error: "Enter a whole number of minutes." })
        .int()
        .min(1, "At least every minute.")
        .max(7 * 24 * 60, "At most once a week.")
        .optional(),
    ),
    cron: z.preprocess(emptyToUndefined, z.string().trim().max(200, "At most 200 characters.").optional()),
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
