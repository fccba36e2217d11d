import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZScheduleCommon } from "./settings";
import { describeCron } from "./describe-cron";

function fieldErrors(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
}

describe("common schedule fields", () => {
  it("requires a name and a launch mode", () => {
    expect(fieldErrors(ZScheduleCommon, { name: " ", launchMode: "SOMETIMES" })).toMatchObject({
      name: ["The internal name is required."],
      launchMode: ["Choose Manual or Automatic."],
    });
  });

  it("requires frequency, start and an end after the start when automatic", () => {
    expect(
      fieldErrors(ZScheduleCommon, { name: "A", launchMode: "AUTOMATIC", frequencyKind: "MINUTES" }),
    ).toMatchObject({
      frequencyMinutes: [expect.stringContaining("frequency")],
      startAt: [expect.any(String)],
      endAt: [expect.any(String)],
    });
    expect(
      fieldErrors(ZScheduleCommon, {
        name: "A",
        launchMode: "AUTOMATIC",
        frequencyMinutes: "5",
        startAt: "2026-12-02T10:00",
        endAt: "2026-12-01T10:00",
      }),
    ).toEqual({
      endAt: ["The end must be after the start."],
    });
    expect(ZScheduleCommon.parse({ name: "A", launchMode: "MANUAL" })).toMatchObject({
      name: "A",
      launchMode: "MANUAL",
      enabled: false,
    }); // an unchecked box is absent
  });

  it("checks cron expressions and says them in words", () => {
    expect(
      fieldErrors(ZScheduleCommon, {
        name: "A",
        launchMode: "AUTOMATIC",
        frequencyKind: "CRON",
        cron: "every day",
        startAt: "2026-12-01T00:00",
        endAt: "2026-12-31T00:00",
      }),
    ).toEqual({
      cron: ["Not a valid cron expression (minute hour day month weekday)."],
    });
    expect(describeCron("*/5 * * * *")).toBe("Every 5 minutes");
    expect(describeCron("0 6 * * 1-5")).toMatch(/06:00/);
    expect(describeCron("nope")).toMatch(/five fields/);
  });
});
