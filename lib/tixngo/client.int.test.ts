import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { testConnection } from "@/lib/interfaces/test-connection";
import { startSimulator, type TSimulator } from "@/simulator/server";
import { createTixngoClient, retryAfterMs, TixngoError, type TTixngoRetry } from "./client";

let sim: TSimulator;
const KEY = "client-key-0001";
beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true, keys: [["LSE", KEY]] });
});
afterAll(async () => {
  await sim.close();
});
afterEach(() => sim.faults.reset());

function client(extra: Partial<Parameters<typeof createTixngoClient>[0]> = {}) {
  const waits: number[] = [];
  const c = createTixngoClient({
    apiUrl: sim.apiUrl,
    apiKey: KEY,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
  return { c, waits };
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TixngoError) return error.failure;
    throw error;
  }
  return "none";
}

describe("TIXNGO client against the simulator", () => {
  it("reads and writes through the shared contract", async () => {
    const { c } = client();
    expect(await c.getEvent("E1")).toBeNull();
    await c.putEvent({
      id: "E1",
      name: "Gala",
      startTime: "2026-12-01T20:00:00+01:00",
      address: { site: "Hall", city: "Geneva", countryCode: "CH", zip: "1204" },
    });
    expect((await c.getEvent("E1"))?.name).toBe("Gala");
    const page = await c.diff({ limit: 10 });
    expect(page).toMatchObject({ tickets: [], hasMore: false });
  });

  it("retries 5xx and 429, honouring Retry-After, then succeeds", async () => {
    sim.faults.set("diff", { burst429: { count: 2, retryAfterSeconds: 3 } });
    const { c, waits } = client();
    await c.diff({ limit: 1 });
    expect(waits).toEqual([3000, 3000]);
    sim.faults.reset();
    sim.faults.set("diff", { burst429: { count: 1, retryAfterSeconds: 0 } });
    sim.faults.set("*", {});
    const again = client();
    await again.c.diff({ limit: 1 });
    expect(again.waits).toEqual([0]);
  });

  it("never retries forever: gives up after maxAttempts, backing off exponentially with jitter", async () => {
    sim.faults.set("diff", { forceStatus: 503 });
    const retries: TTixngoRetry[] = [];
    const { c, waits } = client({ maxAttempts: 4, onRetry: (r) => retries.push(r) });
    const error = await c.diff({ limit: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TixngoError);
    expect((error as TixngoError).failure).toBe("SERVER");
    expect((error as TixngoError).message).toMatch(/gave up after 4 attempt\(s\)/);
    expect(waits).toHaveLength(3);
    // A 5xx without Retry-After waits between half and all of 500 ms × 2^(n-1): never ~0 ms.
    waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(250 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(500 * 2 ** i);
    });
    expect(retries.map((r) => [r.attempt, r.maxAttempts])).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
    ]);
  });

  it("gives up rather than wait past its total time", async () => {
    sim.faults.set("diff", { burst429: { count: 5, retryAfterSeconds: 30 } });
    const { c, waits } = client({ maxTotalMs: 20_000 });
    const error = await c.diff({ limit: 1 }).catch((e: unknown) => e);
    expect((error as TixngoError).failure).toBe("RATE_LIMITED");
    expect((error as TixngoError).message).toMatch(/gave up after 1 attempt/);
    expect(waits).toEqual([]);
  });

  it("retries a refused connection (TIXNGO restarting), then gets through", async () => {
    const port = await closedPort();
    let restarted: TSimulator | undefined;
    const retries: TTixngoRetry[] = [];
    const { c } = client({
      apiUrl: `http://127.0.0.1:${port}/v3/organizer/tickets`,
      onRetry: (r) => retries.push(r),
      // TIXNGO comes back while the client waits.
      sleep: async () => {
        restarted ??= await startSimulator({ port, quiet: true, keys: [["LSE", KEY]] });
      },
    });
    try {
      expect(await c.diff({ limit: 1 })).toMatchObject({ tickets: [] });
      expect(retries).toHaveLength(1);
      expect(retries[0]!.reason).toMatch(/Connection refused/);
    } finally {
      await restarted?.close();
    }
  });

  it("reads Retry-After as seconds or as an HTTP date, ignores it when absent", () => {
    const now = Date.parse("2026-11-25T10:00:00Z");
    expect(retryAfterMs("7", now)).toBe(7000);
    expect(retryAfterMs("Wed, 25 Nov 2026 10:00:12 GMT", now)).toBe(12_000);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs("soon", now)).toBeUndefined();
  });

  it("does not retry a wrong key", async () => {
    const { c, waits } = client({ apiKey: "wrong-key" });
    expect(await failureOf(c.diff({ limit: 1 }))).toBe("UNAUTHORIZED");
    expect(waits).toEqual([]);
  });

  it("names malformed answers, dropped connections and time-outs", async () => {
    sim.faults.set("diff", { malformedRate: 1 });
    expect(await failureOf(client({ maxAttempts: 2 }).c.diff({ limit: 1 }))).toBe("MALFORMED");
    sim.faults.reset();
    sim.faults.set("diff", { dropRate: 1 });
    expect(await failureOf(client({ maxAttempts: 1 }).c.diff({ limit: 1 }))).toBe("NETWORK");
    sim.faults.reset();
    sim.faults.set("diff", { latencyMs: 1000 });
    expect(await failureOf(client({ maxAttempts: 1, timeoutMs: 200 }).c.diff({ limit: 1 }))).toBe("TIMEOUT");
  });
});

describe("test connection", () => {
  it("reports success and each precise failure", async () => {
    expect(await testConnection(sim.apiUrl, KEY)).toMatchObject({ ok: true });
    expect(await testConnection(sim.apiUrl, "bad-key-123")).toMatchObject({
      ok: false,
      failure: "UNAUTHORIZED",
      message: expect.stringContaining("API key"),
    });
    expect(await testConnection(`${sim.url}/v9/organizer/tickets`, KEY)).toMatchObject({
      ok: false,
      failure: "NOT_FOUND",
    });
    expect(await testConnection(`http://127.0.0.1:${await closedPort()}/v3/organizer/tickets`, KEY)).toMatchObject({
      ok: false,
      failure: "REFUSED",
    });
    expect(await testConnection(sim.apiUrl.replace("http://", "https://"), KEY)).toMatchObject({
      ok: false,
      failure: "TLS",
    });
    sim.faults.set("diff", { latencyMs: 1500 });
    expect(await testConnection(sim.apiUrl, KEY, 300)).toMatchObject({ ok: false, failure: "TIMEOUT" });
  });

  it("reports an unknown host as DNS", async () => {
    expect(await testConnection("http://no-such-host.invalid/v3/organizer/tickets", KEY, 4000)).toMatchObject({
      ok: false,
      failure: expect.stringMatching(/DNS|TIMEOUT/),
    });
  });
});

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
