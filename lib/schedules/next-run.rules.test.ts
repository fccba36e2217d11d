// The next-run rule at its edges: a start that falls on a slot, a window that
// ends on a slot, a schedule with neither a frequency nor a cron expression.
import { describe, expect, it } from "vitest";
import { nextRunAt } from "./next-run";

const schedule = {
  launchMode: "AUTOMATIC",
  enabled: true,
  frequencyMinutes: 15,
  cron: null,
  startAt: new Date("2026-11-23T10:15:00Z"),
  endAt: new Date("2026-11-23T11:00:00Z"),
  timeZone: "UTC",
};
const at = (iso: string) => new Date(iso);

describe("next run at the edges", () => {
  it("a start that falls on a slot is the first run, with or without stickToTheHour", () => {
    for (const stickToTheHour of [true, false])
      expect(nextRunAt(schedule, at("2026-11-23T09:00:00Z"), { stickToTheHour })?.toISOString()).toBe(
        "2026-11-23T10:15:00.000Z",
      );
  });

  it("runs after `from`, never at it", () => {
    expect(nextRunAt(schedule, at("2026-11-23T10:30:00Z"), { stickToTheHour: true })?.toISOString()).toBe(
      "2026-11-23T10:45:00.000Z",
    );
  });

  it("without a start or an end, or with neither frequency nor cron, it never runs", () => {
    const from = at("2026-11-23T10:20:00Z");
    const stick = { stickToTheHour: true };
    expect(nextRunAt({ ...schedule, startAt: null }, from, stick)).toBeNull();
    expect(nextRunAt({ ...schedule, endAt: null }, from, stick)).toBeNull();
    expect(nextRunAt({ ...schedule, frequencyMinutes: null }, from, stick)).toBeNull();
  });
});
