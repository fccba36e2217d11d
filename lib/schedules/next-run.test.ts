import { describe, expect, it } from "vitest";
import { nextRunAt } from "./next-run";

const STICK = { stickToTheHour: true };

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
    expect(nextRunAt(automatic, new Date("2026-11-23T10:03:10Z"), STICK)?.toISOString()).toBe(
      "2026-11-23T10:05:00.000Z",
    );
    expect(nextRunAt(automatic, new Date("2026-11-23T10:03:10Z"), { stickToTheHour: false })?.toISOString()).toBe(
      "2026-11-23T10:07:00.000Z",
    );
  });

  it("waits for the start, stops at the end, ignores manual and disabled schedules", () => {
    expect(nextRunAt(automatic, new Date("2026-11-23T08:00:00Z"), STICK)?.toISOString()).toBe(
      "2026-11-23T10:05:00.000Z",
    );
    expect(nextRunAt(automatic, new Date("2026-11-23T11:58:00Z"), STICK)?.toISOString()).toBe(
      "2026-11-23T12:00:00.000Z",
    );
    expect(nextRunAt(automatic, new Date("2026-11-23T12:00:00Z"), STICK)).toBeNull();
    expect(nextRunAt({ ...automatic, launchMode: "MANUAL" }, new Date("2026-11-23T10:03:00Z"), STICK)).toBeNull();
    expect(nextRunAt({ ...automatic, enabled: false }, new Date("2026-11-23T10:03:00Z"), STICK)).toBeNull();
  });

  it("follows a cron expression", () => {
    const cron = { ...automatic, frequencyMinutes: null, cron: "0 * * * *" };
    expect(nextRunAt(cron, new Date("2026-11-23T10:03:00Z"), STICK)?.toISOString()).toBe("2026-11-23T11:00:00.000Z");
  });
});
