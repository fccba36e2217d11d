// The simulator's throughput: bulk generation of a million changes, then the
// whole diff feed read over HTTP in pages of 1000 and of 10000.
import { startSimulator } from "../simulator/server";
import { ZDiffResponse } from "../lib/tixngo/contract";

const CHANGES = Number(process.env.BENCH_CHANGES ?? 1_000_000);
const TICKETS = Math.max(1, Math.floor(CHANGES / 10));

export async function benchSimulatorDiff(): Promise<{ name: string; value: number; unit: string }[]> {
  const sim = await startSimulator({ port: 0, quiet: true, keys: [["BENCH", "bench-key-0001"]] });
  try {
    const bulk = await fetch(`${sim.url}/_sim/bulk`, {
      method: "POST",
      headers: { "x-sim-token": sim.adminToken },
      body: JSON.stringify({ organizer: "BENCH", tickets: TICKETS, changes: CHANGES }),
    });
    const generated = (await bulk.json()) as { changes: number; ms: number };
    const results = [
      {
        name: `bulk: ${generated.changes.toLocaleString("en")} changes over ${TICKETS.toLocaleString("en")} tickets`,
        value: generated.ms,
        unit: "ms",
      },
      { name: "bulk rate", value: Math.round(generated.changes / (generated.ms / 1000)), unit: "changes/s" },
    ];
    for (const limit of [1000, 10000]) {
      // Read up to 200 pages (the whole feed for 10000): enough for a stable figure.
      let key: string | undefined;
      let read = 0;
      let pages = 0;
      const started = performance.now();
      while (pages < 200) {
        const url = `${sim.apiUrl}/diff?limit=${limit}${key ? `&paginationKey=${encodeURIComponent(key)}` : ""}`;
        const res = await fetch(url, { headers: { "x-tixngo-key": "bench-key-0001" } });
        const page = ZDiffResponse.parse(await res.json());
        read += page.tickets.length;
        pages++;
        key = page.nextPageKey;
        if (!page.hasMore) break;
      }
      const ms = performance.now() - started;
      results.push(
        {
          name: `diff limit=${limit}: ${pages} pages, ${read.toLocaleString("en")} changes (validated by the client schema)`,
          value: Math.round(ms / pages),
          unit: "ms/page",
        },
        { name: `diff limit=${limit} throughput`, value: Math.round(read / (ms / 1000)), unit: "changes/s" },
      );
    }
    return results;
  } finally {
    await sim.close();
  }
}
