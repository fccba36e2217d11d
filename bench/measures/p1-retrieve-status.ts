// P1 retrieve-status through the real function (HTTP, zod, contact and
// distribution rules, transaction log) in a worker process, against two
// limits measured in the same run: the COPY floor (the same resulting rows
// COPYed into a copy of the schema plus one set-based UPDATE from a staging
// table) and the rate the simulator serves the feed. Also P5 (the worker's
// peak RSS), P6 (throughput at each size and per 100k of the largest run) and
// the PGlite figure.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { openDatabase, type TDatabase } from "@/lib/db/client";
import { MAX_DIFF_LIMIT } from "@/lib/tixngo/contract";
import { runBenchExecution } from "../support/run-execution";
import { queueExecution, seedOrganization, seedTickets } from "../support/seed";
import { withClient } from "../support/postgres";
import { spreadOf } from "../support/spread";
import { atLeast, below, perSecond, sizeLabel, type TFigure, type TMeasure, type TMeasureContext } from "./types";

/** Five changes per ticket, as a season's feed: downloads, assigns, transfers, activations. */
const CHANGES_PER_TICKET = 5;
/** About one change in 15 belongs to a transfer (drives contacts and distribution history). */
const TRANSFER_WEIGHT = 0.6;
const SLICE = 100_000;

type TFeed = { size: number; organizer: string; key: string; prefix: string; templateUrl?: string };
const feeds = new Map<number, TFeed>();

async function prepare(database: TDatabase, sim: TMeasureContext["sim"], feed: TFeed) {
  const org = await seedOrganization(database.prisma, {
    code: "P1",
    apiUrl: `${sim.apiUrl}/tickets`,
    apiKey: feed.key,
    eventCode: "BULK-EVENT",
  });
  await seedTickets(database.prisma, org, {
    count: feed.size / CHANGES_PER_TICKET,
    prefix: feed.prefix,
    status: "PRINTED",
  });
  return queueExecution(database.prisma, org, { fn: "RETRIEVE_TICKET_STATUS", settings: { batchSize: feed.size } });
}

export const p1RetrieveStatus: TMeasure = {
  id: "P1",
  title: "retrieve-status",
  async setUp({ options, sim, databases, progress }) {
    for (const size of options.p1Sizes) {
      const feed: TFeed = { size, organizer: `P1S${size}`, key: `p1-key-${size}`, prefix: `P1S${size}-` };
      progress(`P1: simulator feed of ${sizeLabel(size)} changes`);
      await sim.control("keys", { organizer: feed.organizer, key: feed.key });
      await sim.control("bulk", {
        organizer: feed.organizer,
        tickets: size / CHANGES_PER_TICKET,
        changes: size,
        prefix: feed.prefix,
        transferWeight: TRANSFER_WEIGHT,
      });
      progress(`P1: PostgreSQL template with ${sizeLabel(size / CHANGES_PER_TICKET)} tickets`);
      feed.templateUrl = await databases.create();
      const database = await openDatabase({ kind: "postgres", url: feed.templateUrl });
      try {
        await prepare(database, sim, feed);
      } finally {
        await database.close();
      }
      await withClient(feed.templateUrl, prepareFloorSchema);
      feeds.set(size, feed);
    }
  },
  async run(ctx) {
    const { options, databases, sim, progress } = ctx;
    const figures: TFigure[] = [];
    const rates: number[] = [];
    const largest = Math.max(...options.p1Sizes);
    for (const size of options.p1Sizes) {
      const feed = feeds.get(size)!;
      const url = await databases.create(feed.templateUrl);
      const database = await openDatabase({ kind: "postgres", url });
      try {
        const executionId = (await database.prisma.execution.findFirstOrThrow({ where: { status: "QUEUED" } })).id;
        progress(`P1: run ${ctx.run}, ${sizeLabel(size)} changes on PostgreSQL`);
        const report = await runBenchExecution(database, url, executionId);
        if (report.execution.readCount !== size)
          throw new Error(`P1 read ${report.execution.readCount} of ${size} changes: ${report.execution.message}`);
        const rate = perSecond(size, report.ms);
        rates.push(rate);
        figures.push({
          key: `p1_${sizeLabel(size)}_changes_per_s`,
          label: `P1 at ${sizeLabel(size)} changes`,
          unit: "changes/s",
          value: rate,
        });
        if (size !== largest) continue;
        const slices = await sliceRates(database, executionId);
        rates.push(...slices);
        const transfers = await transferShare(database);
        progress(`P1: run ${ctx.run}, COPY floor and feed rate`);
        const floorMs = await withClient(url, (client) => copyFloor(client, executionId));
        const feedRate = await feedChangesPerSecond(sim.apiUrl, feed);
        const floor = perSecond(size, floorMs);
        figures.push(
          {
            key: "p1_changes_per_s",
            label: `P1 retrieve-status, ${sizeLabel(size)} changes (${Math.round(transfers * 100)} % transfers)`,
            unit: "changes/s",
            value: rate,
            goal: atLeast(25_000),
          },
          { key: "p1_floor_changes_per_s", label: "P1 limit: COPY floor, same rows", unit: "changes/s", value: floor },
          {
            key: "p1_ratio",
            label: "P1 ÷ COPY floor",
            unit: "×",
            value: round2(rate / floor),
            goal: atLeast(0.5),
          },
          {
            key: "p1_feed_changes_per_s",
            label: "P1 limit: the simulator serves the feed",
            unit: "changes/s",
            value: feedRate,
          },
          { key: "p1_feed_ratio", label: "P1 ÷ feed", unit: "×", value: round2(rate / feedRate) },
          {
            key: "p5_peak_rss_mb",
            label: `P5 worker peak RSS during P1 (${sizeLabel(size)})`,
            unit: "MB",
            value: report.peakRssMb,
            goal: below(300),
          },
        );
      } finally {
        await database.close();
        await databases.drop(url);
      }
    }
    figures.push({
      key: "p6_p1_spread",
      label: `P6 P1 spread (sizes ${options.p1Sizes.map(sizeLabel).join(", ")}${largest >= 2 * SLICE ? "; each 100k" : ""})`,
      unit: "±",
      value: spreadOf(rates),
      goal: below(0.2, "≤ ±0.2"),
    });
    const embedded = options.p1Sizes.filter((s) => s <= options.pgliteMax);
    if (embedded.length > 0) {
      const size = Math.max(...embedded);
      const database = await ctx.openPglite();
      try {
        const executionId = await prepare(database, sim, feeds.get(size)!);
        progress(`P1: run ${ctx.run}, ${sizeLabel(size)} changes on PGlite`);
        const report = await runBenchExecution(database, null, executionId);
        figures.push({
          key: "p1_pglite_changes_per_s",
          label: `P1 on PGlite (embedded), ${sizeLabel(size)} changes`,
          unit: "changes/s",
          value: perSecond(size, report.ms),
        });
      } finally {
        await database.close();
      }
    }
    return figures;
  },
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Changes/s of each successive 100k of a run, from its "Page committed" log lines. */
async function sliceRates(database: TDatabase, executionId: number): Promise<number[]> {
  const execution = await database.prisma.execution.findUniqueOrThrow({ where: { id: executionId } });
  const lines = await database.prisma.executionLog.findMany({
    where: { executionId, message: { startsWith: "Page committed:" } },
    orderBy: { id: "asc" },
    select: { at: true, message: true },
  });
  const rates: number[] = [];
  let done = 0;
  let sliceStart = execution.startedAt!.getTime();
  for (const line of lines) {
    done += Number(/(\d+) change/.exec(line.message)?.[1] ?? 0);
    if (done % SLICE === 0 && done > 0) {
      rates.push(perSecond(SLICE, line.at.getTime() - sliceStart));
      sliceStart = line.at.getTime();
    }
  }
  return rates.length > 1 ? rates : [];
}

async function transferShare(database: TDatabase): Promise<number> {
  const [row] = await database.prisma.$queryRaw<{ share: number }[]>`
    SELECT (count(*) FILTER (WHERE transfer IS NOT NULL))::float / greatest(count(*), 1) AS share FROM "TicketTransaction"`;
  return row?.share ?? 0;
}

/** The whole feed over HTTP in pages of 10,000, parsed (JSON) but not validated: what TIXNGO can serve. */
async function feedChangesPerSecond(apiUrl: string, feed: TFeed): Promise<number> {
  let key: string | undefined;
  let read = 0;
  const started = performance.now();
  for (;;) {
    const url = `${apiUrl}/tickets/diff?limit=${MAX_DIFF_LIMIT}${key ? `&paginationKey=${encodeURIComponent(key)}` : ""}`;
    const res = await fetch(url, { headers: { "x-tixngo-key": feed.key } });
    const page = (await res.json()) as { tickets: unknown[]; nextPageKey: string; hasMore: boolean };
    read += page.tickets.length;
    key = page.nextPageKey;
    if (!page.hasMore || page.tickets.length === 0) break;
  }
  if (read !== feed.size) throw new Error(`The feed served ${read} of ${feed.size} changes.`);
  return perSecond(read, performance.now() - started);
}

// ─── The COPY floor ─────────────────────────────────────────────────────

const FLOOR_TABLES = ["Ticket", "TicketTransaction", "Contact", "DistributionEntry", "ExecutionItem"];
const TICKET_STATE = `id, "tixngoStatus", "tixngoStatusChangedAt", "tixngoActivationMethod", "tixngoOwner", "tixngoOwnerEmail",
  "tixngoHolder", "tixngoLastSequence", "tixngoLastSyncAt", "culturalContactId", "updatedAt"`;

/** In the template: a copy of the written tables (indexes included), holding the state before the run. */
async function prepareFloorSchema(client: pg.Client) {
  await client.query("CREATE SCHEMA floor");
  for (const table of FLOOR_TABLES)
    await client.query(`CREATE TABLE floor."${table}" (LIKE public."${table}" INCLUDING ALL)`);
  await client.query(`INSERT INTO floor."Ticket" SELECT * FROM public."Ticket"`);
  await client.query(`INSERT INTO floor."Contact" SELECT * FROM public."Contact"`);
  await client.query("VACUUM ANALYZE");
}

/** The rows the run wrote, COPYed into the floor tables in one transaction; its wall time in ms. */
async function copyFloor(client: pg.Client, executionId: number): Promise<number> {
  const rows = {
    state: await copyOut(client, `SELECT ${TICKET_STATE} FROM public."Ticket" WHERE "tixngoLastSequence" IS NOT NULL`),
    TicketTransaction: await copyOut(client, `SELECT * FROM public."TicketTransaction"`),
    Contact: await copyOut(client, `SELECT * FROM public."Contact" WHERE origin = 'TIXNGO_DISTRIBUTION'`),
    DistributionEntry: await copyOut(client, `SELECT * FROM public."DistributionEntry"`),
    ExecutionItem: await copyOut(client, `SELECT * FROM public."ExecutionItem" WHERE "executionId" = ${executionId}`),
  };
  const assignments = TICKET_STATE.split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "id")
    .map((c) => `${c} = s.${c}`)
    .join(", ");
  const started = performance.now();
  await client.query("BEGIN");
  await client.query(
    `CREATE TEMP TABLE staging ON COMMIT DROP AS SELECT ${TICKET_STATE} FROM floor."Ticket" WITH NO DATA`,
  );
  await copyIn(client, "COPY staging FROM STDIN", rows.state);
  for (const table of ["TicketTransaction", "Contact", "DistributionEntry", "ExecutionItem"] as const)
    await copyIn(client, `COPY floor."${table}" FROM STDIN`, rows[table]);
  await client.query(`UPDATE floor."Ticket" AS t SET ${assignments} FROM staging AS s WHERE t.id = s.id`);
  await client.query("COMMIT");
  return performance.now() - started;
}

async function copyOut(client: pg.Client, sql: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of client.query(copyTo(`COPY (${sql}) TO STDOUT`))) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function copyIn(client: pg.Client, sql: string, data: Buffer) {
  await pipeline(Readable.from([data]), client.query(copyFrom(sql)));
}
