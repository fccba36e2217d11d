import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nextRunAt, SETTINGS_SCHEMAS, ZScheduleCommon } from "./settings";
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

describe("function settings", () => {
  it("retrieve-status: batch size 1000 by default, skip list validated", () => {
    expect(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS.parse({})).toEqual({ batchSize: 1000, skipTaxNumbers: [] });
    expect(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS.parse({ batchSize: "250", skipTaxNumbers: "A1, B2,A1," })).toEqual({
      batchSize: 250,
      skipTaxNumbers: ["A1", "B2"],
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS, { skipTaxNumbers: "A1, bad#one" })).toEqual({
      skipTaxNumbers: [expect.stringContaining("bad#one")],
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS, { batchSize: "0" })).toEqual({
      batchSize: ["At least 1."],
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS, { batchSize: "12.5" })).toEqual({
      batchSize: ["Enter a whole number."],
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS, { batchSize: "" })).toEqual({
      batchSize: ["The batch size is required (recommended: 1000)."],
    });
  });

  it("push functions: batch size may stay empty, date from is a date", () => {
    expect(SETTINGS_SCHEMAS.PUSH_CANCELLED_TICKETS.parse({ batchSize: "", notifySpectator: "on" })).toMatchObject({
      batchSize: undefined,
      notifySpectator: true,
    });
    expect(SETTINGS_SCHEMAS.PUSH_CONTROLLED_TICKETS.parse({ dateFrom: "2026-11-01T08:00" }).dateFrom).toBeInstanceOf(
      Date,
    );
    expect(fieldErrors(SETTINGS_SCHEMAS.PUSH_CONTROLLED_TICKETS, { dateFrom: "yesterday" })).toEqual({
      dateFrom: ["Enter a valid date and time."],
    });
  });

  it("injection: the file number is exclusive of the other filters; printer required", () => {
    const base = { printerSalesChannel: "EXT", printerPointOfSale: "TIXNGO" };
    expect(
      fieldErrors(SETTINGS_SCHEMAS.TICKET_INJECTION, { ...base, fileNumber: "LSE26000001", products: ["LSE-MATCH"] }),
    ).toEqual({
      fileNumber: ["The file number filter is exclusive: clear the other filters or the file number."],
    });
    expect(
      SETTINGS_SCHEMAS.TICKET_INJECTION.parse({ ...base, products: "LSE-MATCH", mandatoryHolderFields: "FIRSTNAME" }),
    ).toMatchObject({
      products: ["LSE-MATCH"],
      mandatoryHolderFields: ["FIRSTNAME"],
      batchSize: 1000,
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.TICKET_INJECTION, { mandatoryHolderFields: ["SHOE_SIZE"] })).toMatchObject({
      printerSalesChannel: [expect.any(String)],
      printerPointOfSale: [expect.any(String)],
      mandatoryHolderFields: [expect.any(String)],
    });
  });
});

describe("nextRunAt", () => {
  const automatic = {
    launchMode: "AUTOMATIC",
    enabled: true,
    frequencyMinutes: 5,
    cron: null,
    startAt: new Date("2026-11-23T10:02:00Z"),
    endAt: new Date("2026-11-23T12:00:00Z"),
  };

  it("aligns to multiples of the frequency with stickToTheHour, counts from the start without", () => {
    expect(nextRunAt(automatic, new Date("2026-11-23T10:03:10Z"))?.toISOString()).toBe("2026-11-23T10:05:00.000Z");
    expect(nextRunAt(automatic, new Date("2026-11-23T10:03:10Z"), false)?.toISOString()).toBe(
      "2026-11-23T10:07:00.000Z",
    );
  });

  it("waits for the start, stops at the end, ignores manual and disabled schedules", () => {
    expect(nextRunAt(automatic, new Date("2026-11-23T08:00:00Z"))?.toISOString()).toBe("2026-11-23T10:05:00.000Z");
    expect(nextRunAt(automatic, new Date("2026-11-23T11:58:00Z"))?.toISOString()).toBe("2026-11-23T12:00:00.000Z");
    expect(nextRunAt(automatic, new Date("2026-11-23T12:00:00Z"))).toBeNull();
    expect(nextRunAt({ ...automatic, launchMode: "MANUAL" }, new Date("2026-11-23T10:03:00Z"))).toBeNull();
    expect(nextRunAt({ ...automatic, enabled: false }, new Date("2026-11-23T10:03:00Z"))).toBeNull();
  });

  it("follows a cron expression", () => {
    const cron = { ...automatic, frequencyMinutes: null, cron: "0 * * * *" };
    expect(nextRunAt(cron, new Date("2026-11-23T10:03:00Z"))?.toISOString()).toBe("2026-11-23T11:00:00.000Z");
  });
});
