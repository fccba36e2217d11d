import { describe, expect, it } from "vitest";
import { isTimeZone, offsetMinutes, utcToWallTime, wallTimeToUtc } from "./time-zone";

describe("time zones", () => {
  it("reads a typed time on the Zurich clock, winter and summer", () => {
    expect(wallTimeToUtc("2026-01-15T06:00", "Europe/Zurich")?.toISOString()).toBe("2026-01-15T05:00:00.000Z");
    expect(wallTimeToUtc("2026-07-15T06:00", "Europe/Zurich")?.toISOString()).toBe("2026-07-15T04:00:00.000Z");
    expect(wallTimeToUtc("2026-07-15T06:00", "UTC")?.toISOString()).toBe("2026-07-15T06:00:00.000Z");
  });

  it("moves a time the spring change skips forward, takes the first of a repeated time", () => {
    expect(wallTimeToUtc("2026-03-29T02:30", "Europe/Zurich")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(wallTimeToUtc("2026-10-25T02:30", "Europe/Zurich")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(wallTimeToUtc("2026-03-29T04:00", "Europe/Zurich")?.toISOString()).toBe("2026-03-29T02:00:00.000Z");
  });

  it("refuses what is not a wall time", () => {
    expect(wallTimeToUtc("tomorrow", "Europe/Zurich")).toBeNull();
    expect(wallTimeToUtc("2026-02-30T10:00", "Europe/Zurich")).toBeNull();
    expect(wallTimeToUtc("2026-02-10T24:10", "Europe/Zurich")).toBeNull();
  });

  it("shows an instant on the zone's clock, round trip included", () => {
    expect(utcToWallTime(new Date("2026-07-15T04:00:00Z"), "Europe/Zurich")).toBe("2026-07-15T06:00");
    expect(utcToWallTime(new Date("2026-10-25T00:30:00Z"), "Europe/Zurich")).toBe("2026-10-25T02:30");
    expect(utcToWallTime(new Date("2026-10-25T01:30:00Z"), "Europe/Zurich")).toBe("2026-10-25T02:30");
    expect(offsetMinutes(new Date("2026-01-15T00:00:00Z"), "Asia/Kolkata")).toBe(330);
  });

  it("knows IANA zones", () => {
    expect(isTimeZone("Europe/Zurich")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
