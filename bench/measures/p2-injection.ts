// P2 ticket injection through the real function (selection, payloads, TIXNGO
// calls, PRINTED marking, report) in a worker process, against the limit
// measured in the same run: the simulator's raw accept rate for the same
// payloads, posted as prepared JSON bodies with the concurrency the function
// is allowed. Also P6 (throughput at each size) and the PGlite figure.
import { encryptSecret } from "@/lib/crypto/secret-box";
import { openDatabase, type TDatabase } from "@/lib/db/client";
import { INJECTION_LANES, INJECTION_ROW } from "@/lib/functions/ticket-injection/run";
import { eventPayload, ticketPayload } from "@/lib/functions/ticket-injection/payload";
import { MAX_ITEMS_PER_CALL, ZBatchResponse } from "@/lib/tixngo/contract";
import { runBenchExecution } from "../support/run-execution";
import { queueExecution, seedOrganization, seedTickets } from "../support/seed";
import { spreadOf } from "../support/spread";
import { withClient } from "../support/postgres";
import { atLeast, below, perSecond, sizeLabel, type TFigure, type TMeasure, type TMeasureContext } from "./types";

const templates = new Map<number, string>();

async function prepare(database: TDatabase, sim: TMeasureContext["sim"], size: number) {
  const org = await seedOrganization(database.prisma, {
    code: "P2",
    apiUrl: `${sim.apiUrl}/tickets`,
    apiKey: "p2-key-unset",
    eventCode: "P2-EVENT",
  });
  await seedTickets(database.prisma, org, { count: size, prefix: `P2S${size}-`, status: "NOT_PRINTED" });
  await queueExecution(database.prisma, org, {
    fn: "TICKET_INJECTION",
    settings: { batchSize: size, printerSalesChannel: "EXT", printerPointOfSale: "TIXNGO" },
  });
  return org;
}

/** A fresh TIXNGO organizer for this run (nothing injected yet), and the interface's key set to it. */
async function freshOrganizer(database: TDatabase, sim: TMeasureContext["sim"], organizer: string) {
  const key = `${organizer.toLowerCase()}-key`;
  await sim.control("keys", { organizer, key });
  await database.prisma.interface.updateMany({ data: { apiKeyCipher: encryptSecret(key) } });
  return key;
}

export const p2Injection: TMeasure = {
  id: "P2",
  title: "ticket injection",
  async setUp({ options, sim, databases, progress }) {
    for (const size of options.p2Sizes) {
      progress(`P2: PostgreSQL template with ${sizeLabel(size)} NOT_PRINTED tickets`);
      const url = await databases.create();
      const database = await openDatabase({ kind: "postgres", url });
      try {
        await prepare(database, sim, size);
      } finally {
        await database.close();
      }
      await withClient(url, (client) => client.query("VACUUM ANALYZE"));
      templates.set(size, url);
    }
  },
  async run(ctx) {
    const { options, databases, sim, progress } = ctx;
    const figures: TFigure[] = [];
    const rates: number[] = [];
    const largest = Math.max(...options.p2Sizes);
    for (const size of options.p2Sizes) {
      const url = await databases.create(templates.get(size));
      const database = await openDatabase({ kind: "postgres", url });
      try {
        progress(`P2: run ${ctx.run}, raw accept rate for ${sizeLabel(size)} payloads`);
        const raw = await rawAcceptRate(database, sim, `P2RAWR${ctx.run}S${size}`);
        await freshOrganizer(database, sim, `P2R${ctx.run}S${size}`);
        const executionId = (await database.prisma.execution.findFirstOrThrow({ where: { status: "QUEUED" } })).id;
        progress(`P2: run ${ctx.run}, ${sizeLabel(size)} tickets on PostgreSQL`);
        const report = await runBenchExecution(database, url, executionId);
        if (report.execution.acceptedCount !== size)
          throw new Error(`P2 injected ${report.execution.acceptedCount} of ${size}: ${report.execution.message}`);
        const rate = perSecond(size, report.ms);
        rates.push(rate);
        figures.push({
          key: `p2_${sizeLabel(size)}_tickets_per_s`,
          label: `P2 at ${sizeLabel(size)} tickets`,
          unit: "tickets/s",
          value: rate,
        });
        if (size !== largest) continue;
        figures.push(
          {
            key: "p2_tickets_per_s",
            label: `P2 injection, ${sizeLabel(size)} tickets`,
            unit: "tickets/s",
            value: rate,
            goal: atLeast(25_000),
          },
          {
            key: "p2_raw_tickets_per_s",
            label: `P2 limit: simulator accepts the same payloads raw (${INJECTION_LANES} calls in flight)`,
            unit: "tickets/s",
            value: raw,
          },
          {
            key: "p2_ratio",
            label: "P2 ÷ raw accept rate",
            unit: "×",
            value: Math.round((rate / raw) * 100) / 100,
            goal: atLeast(0.3),
          },
        );
      } finally {
        await database.close();
        await databases.drop(url);
      }
    }
    figures.push({
      key: "p6_p2_spread",
      label: `P6 P2 spread (sizes ${options.p2Sizes.map(sizeLabel).join(", ")})`,
      unit: "±",
      value: spreadOf(rates),
      goal: below(0.2, "≤ ±0.2"),
    });
    const embedded = options.p2Sizes.filter((s) => s <= options.pgliteMax);
    if (embedded.length > 0) {
      const size = Math.max(...embedded);
      const database = await ctx.openPglite();
      try {
        await prepare(database, sim, size);
        await freshOrganizer(database, sim, `P2PGR${ctx.run}S${size}`);
        const executionId = (await database.prisma.execution.findFirstOrThrow({ where: { status: "QUEUED" } })).id;
        progress(`P2: run ${ctx.run}, ${sizeLabel(size)} tickets on PGlite`);
        const report = await runBenchExecution(database, null, executionId);
        figures.push({
          key: "p2_pglite_tickets_per_s",
          label: `P2 on PGlite (embedded), ${sizeLabel(size)} tickets`,
          unit: "tickets/s",
          value: perSecond(size, report.ms),
        });
      } finally {
        await database.close();
      }
    }
    return figures;
  },
};

/** The payloads the function would send, built beforehand, then posted as fast as the simulator takes them. */
async function rawAcceptRate(database: TDatabase, sim: TMeasureContext["sim"], organizer: string): Promise<number> {
  const key = `${organizer.toLowerCase()}-key`;
  await sim.control("keys", { organizer, key });
  const bodies: string[] = [];
  let afterId = 0;
  let count = 0;
  for (;;) {
    const rows = await database.prisma.ticket.findMany({
      where: { id: { gt: afterId }, status: "NOT_PRINTED" },
      orderBy: { id: "asc" },
      take: MAX_ITEMS_PER_CALL,
      select: INJECTION_ROW,
    });
    if (rows.length === 0) break;
    afterId = rows.at(-1)!.id;
    count += rows.length;
    if (bodies.length === 0)
      await post(sim, key, "PUT", "events/P2-EVENT", JSON.stringify(eventPayload(rows[0]!.performance!)));
    bodies.push(JSON.stringify({ tickets: rows.map((row) => ticketPayload(row, { mainApplicant: false })) }));
  }
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      const answer = ZBatchResponse.parse(JSON.parse(await post(sim, key, "POST", "tickets", body)));
      const refused = answer.results.find((r) => r.status !== "ACCEPTED");
      if (refused) throw new Error(`The simulator refused a raw payload: ${JSON.stringify(refused)}`);
    }
  };
  await Promise.all(Array.from({ length: INJECTION_LANES }, lane));
  return perSecond(count, performance.now() - started);
}

async function post(sim: TMeasureContext["sim"], key: string, method: string, path: string, body: string) {
  const res = await fetch(`${sim.apiUrl}/${path}`, {
    method,
    headers: { "x-tixngo-key": key, "content-type": "application/json" },
    body,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text;
}
