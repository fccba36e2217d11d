// The schedule form's common fields, rule by rule, with the field each
// message is shown next to.
import { describe, expect, it } from "vitest";
import { issuesOf, refused } from "@/test/zod-issues";
import { cronIsValid, ZScheduleCommon } from "./settings";

const issues = (value: unknown) => issuesOf(ZScheduleCommon, value);
const automatic = {
  name: "Every night",
  launchMode: "AUTOMATIC",
  startAt: "2026-12-01T00:00",
  endAt: "2026-12-31T00:00",
};

describe("automatic schedules", () => {
  it("a manual schedule needs no timing; the frequency is in minutes by default", () => {
    expect(ZScheduleCommon.parse({ name: "  Manual  ", launchMode: "MANUAL" })).toEqual({
      name: "Manual",
      launchMode: "MANUAL",
      frequencyKind: "MINUTES",
      frequencyMinutes: undefined,
      cron: undefined,
      startAt: undefined,
      endAt: undefined,
      enabled: false,
      notifyOnWarning: false,
    });
  });

  it("needs a start and an end, each named next to its field", () => {
    expect(issues({ name: "A", launchMode: "AUTOMATIC", frequencyMinutes: "5" })).toEqual([
      refused("startAt", "An automatic schedule needs a start."),
      refused("endAt", "An automatic schedule needs an end."),
    ]);
  });

  it("the end must come after the start, not at it", () => {
    expect(issues({ ...automatic, frequencyMinutes: "5", endAt: automatic.startAt })).toEqual([
      refused("endAt", "The end must be after the start."),
    ]);
    expect(issues({ ...automatic, frequencyMinutes: "5", endAt: "2026-12-01T00:01" })).toEqual([]);
  });

  it("every N minutes: from 1 minute to once a week", () => {
    expect(issues({ ...automatic, frequencyMinutes: "" })).toEqual([
      refused("frequencyMinutes", "An automatic schedule needs a frequency (recommended: every 5 minutes)."),
    ]);
    expect(issues({ ...automatic, frequencyMinutes: "0" })).toEqual([
      expect.objectContaining({ path: "frequencyMinutes", message: "At least every minute." }),
    ]);
    expect(issues({ ...automatic, frequencyMinutes: String(7 * 24 * 60 + 1) })).toEqual([
      expect.objectContaining({ path: "frequencyMinutes", message: "At most once a week." }),
    ]);
    expect(ZScheduleCommon.parse({ ...automatic, frequencyMinutes: String(7 * 24 * 60) }).frequencyMinutes).toBe(10080);
  });

  it("a cron expression is required when chosen, and checked", () => {
    expect(issues({ ...automatic, frequencyKind: "CRON", cron: "  " })).toEqual([
      refused("cron", "Enter a cron expression, e.g. */5 * * * *."),
    ]);
    expect(issues({ ...automatic, frequencyKind: "CRON", cron: "0 6 * * 1-5" })).toEqual([]);
    // A frequency in minutes is not asked for when the schedule uses cron.
    expect(ZScheduleCommon.parse({ ...automatic, frequencyKind: "CRON", cron: " */5 * * * * " }).cron).toBe(
      "*/5 * * * *",
    );
  });
});

describe("cron expressions", () => {
  it("five fields, separated by any spaces", () => {
    expect(cronIsValid("*/5  *   * * *")).toBe(true);
    expect(cronIsValid("  0 6 * * 1-5  ")).toBe(true);
    expect(cronIsValid("0 0 6 * * 1-5")).toBe(false); // six fields (seconds): refused
    expect(cronIsValid("0 6 * *")).toBe(false);
    expect(cronIsValid("61 * * * *")).toBe(false);
  });
});
