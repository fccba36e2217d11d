import { describe, expect, it } from "vitest";
import { inLanes } from "./in-lanes";

// Reads resolve within microtasks, work waits on a timer: every lane fills before any work ends.
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("inLanes", () => {
  it("reads pages in order, one at a time, and works on at most `lanes` at once", async () => {
    const pages = [1, 2, 3, 4, 5, 6, 7];
    const read: number[] = [];
    const done: number[] = [];
    let reading = 0;
    let busy = 0;
    let mostBusy = 0;
    await inLanes(
      3,
      async () => {
        reading++;
        expect(reading).toBe(1);
        await Promise.resolve();
        reading--;
        const page = pages.shift() ?? null;
        if (page !== null) read.push(page);
        return page;
      },
      async (page) => {
        busy++;
        mostBusy = Math.max(mostBusy, busy);
        await tick();
        busy--;
        done.push(page);
      },
    );
    expect(read).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(mostBusy).toBe(3);
  });

  it("starts no page after a failure, lets pages in flight finish, then throws the failure", async () => {
    let next = 0;
    const done: number[] = [];
    const run = inLanes(
      2,
      async () => (next < 10 ? ++next : null),
      async (page) => {
        if (page === 2) throw new Error("page 2 failed");
        await tick();
        done.push(page);
      },
    );
    await expect(run).rejects.toThrow("page 2 failed");
    expect(next).toBeLessThan(10);
    expect(done).toContain(1);
  });
});
