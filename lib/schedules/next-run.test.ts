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
    timeZone: "UTC",
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

  describe("in Europe/Zurich, across the DST changes", () => {
    const zurich: Parameters<typeof nextRunAt>[0] = {
      ...automatic,
      frequencyMinutes: null,
      timeZone: "Europe/Zurich",
      startAt: new Date("2026-03-01T00:00:00Z"),
      endAt: new Date("2026-12-31T00:00:00Z"),
    };
    const runs = (schedule: typeof zurich, from: string, count: number) => {
      const out: string[] = [];
      let at = new Date(from);
      for (let i = 0; i < count; i++) {
        const next = nextRunAt(schedule, at, STICK);
        if (!next) break;
        out.push(next.toISOString());
        at = next;
      }
      return out;
    };

    it("fires a daily 06:00 cron at 06:00 local time before and after the spring change (UTC+1 → UTC+2)", () => {
      expect(runs({ ...zurich, cron: "0 6 * * *" }, "2026-03-28T00:00:00Z", 3)).toEqual([
        "2026-03-28T05:00:00.000Z",
        "2026-03-29T04:00:00.000Z",
        "2026-03-30T04:00:00.000Z",
      ]);
    });

    it("fires at 06:00 local time across the autumn change (UTC+2 → UTC+1)", () => {
      expect(runs({ ...zurich, cron: "0 6 * * *" }, "2026-10-24T00:00:00Z", 3)).toEqual([
        "2026-10-24T04:00:00.000Z",
        "2026-10-25T05:00:00.000Z",
        "2026-10-26T05:00:00.000Z",
      ]);
    });

    it("keeps hourly runs between 06:00 and 23:59 on the local clock", () => {
      const hours = runs({ ...zurich, cron: "0 6-23 * * *" }, "2026-07-01T20:30:00Z", 3);
      // 22:00 and 23:00 local (20:00 and 21:00 UTC), then 06:00 local the next day.
      expect(hours).toEqual(["2026-07-01T21:00:00.000Z", "2026-07-02T04:00:00.000Z", "2026-07-02T05:00:00.000Z"]);
    });

    it("runs a time the spring change skips right after it, and a repeated time once", () => {
      // 02:30 does not exist on 29 March: the run happens at 03:30 local, the day is not lost.
      expect(runs({ ...zurich, cron: "30 2 * * *" }, "2026-03-28T00:00:00Z", 3)).toEqual([
        "2026-03-28T01:30:00.000Z",
        "2026-03-29T01:30:00.000Z",
        "2026-03-30T00:30:00.000Z",
      ]);
      // 02:30 happens twice on 25 October: one run, not two.
      expect(runs({ ...zurich, cron: "30 2 * * *" }, "2026-10-24T00:00:00Z", 3)).toEqual([
        "2026-10-24T00:30:00.000Z",
        "2026-10-25T00:30:00.000Z",
        "2026-10-26T01:30:00.000Z",
      ]);
    });

    it("aligns every-120-minutes runs to even hours of the local clock with stickToTheHour", () => {
      const every2h = { ...zurich, frequencyMinutes: 120, cron: null };
      // Winter: 10:00 local is 09:00 UTC.
      expect(nextRunAt(every2h, new Date("2026-11-23T08:10:00Z"), STICK)?.toISOString()).toBe(
        "2026-11-23T09:00:00.000Z",
      );
      // Summer: 10:00 local is 08:00 UTC.
      expect(nextRunAt(every2h, new Date("2026-07-01T07:10:00Z"), STICK)?.toISOString()).toBe(
        "2026-07-01T08:00:00.000Z",
      );
    });
  });
});
