// What the reliability rows are made of: real processes (`npm run worker`,
// the simulator) on their own PostgreSQL database, killed and restarted for
// real, and read-only probes of the outcome.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import pg from "pg";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { migratePostgres, openDatabase, type TDatabase, type TPrisma } from "@/lib/db/client";
import { createPostgresDatabase } from "@/test/databases";

process.env.APP_ENCRYPTION_KEY ??= "reliability-encryption-key";
const ROOT = new URL("..", import.meta.url).pathname;

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 60_000,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  for (;;) {
    // A probe may fail while the rows cut the database off on purpose: try again.
    const value = await probe().catch((error: unknown) => {
      lastError = ` (last error: ${error instanceof Error ? error.message : String(error)})`;
      return undefined;
    });
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError}.`);
    await sleep(everyMs);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Deterministic pseudo-random numbers: the same moments on every run. */
export { seededRandom as seeded } from "@/simulator/bulk";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

type TChild = { child: ChildProcess; output: string[]; exited: Promise<number | null> };

function spawnTsx(script: string, env: Record<string, string>, ready: RegExp): Promise<TChild> {
  // node itself (not the tsx launcher): a SIGKILL must hit the process that runs the code.
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start: ${output.join("").slice(-2000)}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output.push(text);
      if (output.length > 400) output.splice(0, output.length - 400);
      if (ready.test(text)) {
        clearTimeout(timer);
        resolve({ child, output, exited });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready: ${output.join("").slice(-2000)}`));
    });
  });
}

// ─── The simulator, a process of its own ────────────────────────────────

export type TSimProcess = {
  url: string;
  apiUrl: string;
  /** POST /_sim/<path> with the admin token. */
  admin(path: string, body?: unknown, method?: string): Promise<unknown>;
  /** SIGTERM (its snapshot is written) and start again on the same port and snapshot. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
};

const SIM_TOKEN = "reliability-sim";

export async function startSimProcess(options: { keys: [string, string][]; snapshotPath?: string }) {
  const port = await freePort();
  const env = {
    SIM_PORT: String(port),
    SIM_ADMIN_TOKEN: SIM_TOKEN,
    SIM_KEYS: options.keys.map(([org, key]) => `${org}=${key}`).join(","),
    SIM_SNAPSHOT: options.snapshotPath ?? "",
  };
  let current = await spawnTsx("simulator/main.ts", env, /TIXNGO simulator on/);
  const url = `http://127.0.0.1:${port}`;
  const stopCurrent = async () => {
    if (current.child.exitCode === null) current.child.kill("SIGTERM");
    await current.exited;
  };
  const sim: TSimProcess = {
    url,
    apiUrl: `${url}/v3/organizer/tickets`,
    async admin(path, body, method = "POST") {
      const res = await fetch(`${url}/_sim/${path}`, {
        method,
        headers: { "x-sim-token": SIM_TOKEN, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`simulator ${method} /_sim/${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    async restart(downMs = 1000) {
      await stopCurrent();
      await sleep(downMs);
      current = await spawnTsx("simulator/main.ts", env, /TIXNGO simulator on/);
    },
    stop: stopCurrent,
  };
  return sim;
}

// ─── Workers: real `npm run worker` processes ───────────────────────────

export type TWorker = {
  pid: number;
  /** The process's peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  output: string[];
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
};

/** Heartbeat of runs in the rows' workers and sweeps: 1 s, so a dead run is swept after 6 s. */
export const ROW_HEARTBEAT_MS = 1000;

export async function startWorker(databaseUrl: string): Promise<TWorker> {
  const started = await spawnTsx(
    "scripts/worker.ts",
    {
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "info",
      RUN_HEARTBEAT_MS: String(ROW_HEARTBEAT_MS),
      // The simulators run on this machine.
      TIXNGO_PRIVATE_HOSTS: "127.0.0.1",
    },
    /worker started/,
  );
  return {
    pid: started.child.pid!,
    peakRssMb: () => {
      const status = readFileSync(`/proc/${started.child.pid}/status`, "utf8");
      return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
    },
    output: started.output,
    exited: started.exited,
    kill: (signal) => {
      if (started.child.exitCode === null) started.child.kill(signal);
    },
  };
}

// ─── Databases ──────────────────────────────────────────────────────────

export type TRowDatabase = { url: string; name: string; database: TDatabase; drop(): Promise<void> };

export async function freshDatabase(): Promise<TRowDatabase> {
  const created = await createPostgresDatabase();
  await migratePostgres(created.url);
  const database = await openDatabase({ kind: "postgres", url: created.url });
  return {
    url: created.url,
    name: new URL(created.url).pathname.slice(1),
    database,
    async drop() {
      await database.close();
      await created.drop();
    },
  };
}

/** A plain connection for probes and for cutting the database off (pg_terminate_backend). */
export async function sql<T extends pg.QueryResultRow>(url: string, text: string, params?: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

// ─── Load ───────────────────────────────────────────────────────────────

export type TLoadOrg = { organizationId: string; feedScheduleId: string; injectionScheduleId: string };

/**
 * One organization ready for load: `printed` PRINTED tickets named like the
 * simulator's bulk (`<prefix><n>`), `toInject` NOT_PRINTED ones for ticket
 * injection, its interface pointing at the simulator, a retrieve-status and
 * an injection schedule. Everything deterministic.
 */
export async function seedLoadOrganization(
  prisma: TPrisma,
  input: {
    code: string;
    apiUrl: string;
    apiKey: string;
    printed: number;
    toInject: number;
    prefix?: string;
    customParameters?: { key: string; value: string }[];
  },
): Promise<TLoadOrg> {
  const prefix = input.prefix ?? "BULK";
  const org = await prisma.organization.create({ data: { code: input.code, name: `Load ${input.code}` } });
  const organizationId = org.id;
  const site = await prisma.site.create({
    data: { organizationId, code: "S", name: "Arena", zip: "1000", city: "Lausanne", countryCode: "CH" },
  });
  const product = await prisma.product.create({
    data: { organizationId, code: "P", name: "Match", kind: "MATCH", family: "F" },
  });
  const performance = await prisma.performance.create({
    data: {
      organizationId,
      productId: product.id,
      siteId: site.id,
      code: `${input.code}-EV`,
      name: "Match",
      startsAt: new Date("2026-12-05T19:30:00Z"),
    },
  });
  const channel = await prisma.salesChannel.create({ data: { organizationId, code: "EXT", name: "External" } });
  await prisma.pointOfSale.create({
    data: { organizationId, salesChannelId: channel.id, code: "TIXNGO", name: "TIXNGO" },
  });
  const buyer = await prisma.contact.create({
    data: { organizationId, number: 1, firstName: "Anna", lastName: "Muller", email: "anna@load.example" },
  });
  const file = await prisma.file.create({
    data: {
      organizationId,
      number: `${input.code}-F1`,
      purchaserId: buyer.id,
      salesChannelId: channel.id,
      purchasedAt: new Date("2026-11-01T10:00:00Z"),
      currency: "CHF",
    },
  });
  const ticket = (taxNumber: string, status: "PRINTED" | "NOT_PRINTED") => ({
    organizationId,
    taxNumber,
    fileId: file.id,
    productId: product.id,
    performanceId: performance.id,
    barcode: `B-${taxNumber}`,
    priceCents: 4800,
    currency: "CHF",
    status,
    culturalContactId: buyer.id,
    holderFirstName: "Anna",
    holderLastName: "Muller",
    holderEmail: "anna@load.example",
  });
  for (let start = 1; start <= input.printed; start += 5000) {
    const n = Math.min(5000, input.printed - start + 1);
    await prisma.ticket.createMany({
      data: Array.from({ length: n }, (_, i) => ticket(`${prefix}${start + i}`, "PRINTED")),
    });
  }
  for (let start = 1; start <= input.toInject; start += 5000) {
    const n = Math.min(5000, input.toInject - start + 1);
    await prisma.ticket.createMany({
      data: Array.from({ length: n }, (_, i) => ticket(`${input.code}-INJ${start + i}`, "NOT_PRINTED")),
    });
  }
  const iface = await prisma.interface.create({
    data: {
      organizationId,
      name: "TIXNGO",
      type: "TIXNGO",
      apiUrl: input.apiUrl,
      username: "load",
      apiKeyCipher: encryptSecret(input.apiKey),
      apiKeyHint: input.apiKey.slice(-4),
      customParameters: input.customParameters ?? [],
    },
  });
  const schedule = (name: string, fn: "RETRIEVE_TICKET_STATUS" | "TICKET_INJECTION", settings: object) =>
    prisma.schedule.create({
      data: { organizationId, interfaceId: iface.id, function: fn, name, launchMode: "MANUAL", settings },
    });
  const feed = await schedule("Feedback", "RETRIEVE_TICKET_STATUS", { batchSize: 100_000 });
  const injection = await schedule("Injection", "TICKET_INJECTION", {
    batchSize: 100_000,
    printerSalesChannel: "EXT",
    printerPointOfSale: "TIXNGO",
  });
  return { organizationId, feedScheduleId: feed.id, injectionScheduleId: injection.id };
}

/** The sequence a stored pagination key stands after (its body is "<organizer>:<sequence>"). */
export function keySequence(key: string | null): number {
  if (!key) return 0;
  const body = Buffer.from(key.split(".")[0]!, "base64url").toString("utf8");
  return Number(body.split(":")[1] ?? 0);
}

/**
 * The pagination key never runs ahead of committed data: every change up to
 * the key's sequence is in the transaction log (the feed's sequences are
 * 1, 2, 3… for the one organizer of the simulator, all of known tickets).
 */
export async function keyBehindCommitted(url: string, scheduleId: string) {
  const [schedule] = await sql<{ key: string | null }>(
    url,
    `SELECT "paginationKey" AS key FROM "Schedule" WHERE id = $1`,
    [scheduleId],
  );
  const keySeq = keySequence(schedule!.key);
  const [row] = await sql<{ n: string }>(
    url,
    `SELECT count(*)::text AS n FROM "TicketTransaction" WHERE sequence <= $1`,
    [keySeq],
  );
  return { keySeq, committed: Number(row!.n), ok: Number(row!.n) === keySeq };
}

/**
 * What the sync wrote, canonically (contact ids are random, so contacts are
 * named by number): equal fingerprints mean equal data. Injection calls run
 * side by side, so the feed numbers the injected tickets in an order that
 * varies from run to run: sequences are compared as each ticket's order of
 * changes, not as numbers.
 */
export async function fingerprint(url: string) {
  const [row] = await sql<Record<string, string>>(
    url,
    `SELECT
      (SELECT count(*) FROM "Ticket")::text AS tickets,
      (SELECT md5(coalesce(string_agg(concat_ws('|', t."taxNumber", t.status, t."tixngoStatus", t."tixngoOwnerEmail", t."printedAt" IS NOT NULL, c.number), ',' ORDER BY t."taxNumber"), ''))
         FROM "Ticket" t LEFT JOIN "Contact" c ON c.id = t."culturalContactId") AS "ticketState",
      (SELECT count(*) FROM "TicketTransaction")::text AS transactions,
      (SELECT count(*) FROM (SELECT DISTINCT "ticketId", sequence FROM "TicketTransaction") d)::text AS "distinctTransactions",
      (SELECT md5(coalesce(string_agg(concat_ws('|', t."taxNumber", x.status, x.actor), ',' ORDER BY t."taxNumber", x.sequence), ''))
         FROM "TicketTransaction" x JOIN "Ticket" t ON t.id = x."ticketId") AS "transactionLog",
      (SELECT count(*) FROM "DistributionEntry")::text AS distributions,
      (SELECT md5(coalesce(string_agg(concat_ws('|', t."taxNumber", d."transferKey", d.status, o.number, n.number), ',' ORDER BY t."taxNumber", d."transferKey"), ''))
         FROM "DistributionEntry" d JOIN "Ticket" t ON t.id = d."ticketId" JOIN "Contact" o ON o.id = d."oldContactId" JOIN "Contact" n ON n.id = d."newContactId") AS "distributionLog",
      (SELECT count(*) FROM "Contact")::text AS contacts,
      (SELECT md5(coalesce(string_agg(concat_ws('|', number, email, "firstName", "lastName", temporary), ',' ORDER BY number), '')) FROM "Contact") AS "contactState"`,
  );
  return row!;
}

/** Executions still RUNNING or QUEUED, and claims held. */
export async function leftovers(url: string) {
  const [row] = await sql<{ active: string; claims: string }>(
    url,
    `SELECT (SELECT count(*) FROM "Execution" WHERE status IN ('RUNNING','QUEUED'))::text AS active,
            (SELECT count(*) FROM "ActiveRun")::text AS claims`,
  );
  return { active: Number(row!.active), claims: Number(row!.claims) };
}

/** Pairs of executions of one claim key whose [start, end] overlap, read from the database. */
export async function overlappingRuns(url: string): Promise<number> {
  const [row] = await sql<{ n: string }>(
    url,
    `SELECT count(*)::text AS n FROM "Execution" a JOIN "Execution" b ON a.id < b.id
       AND (a.function = 'RETRIEVE_TICKET_STATUS' AND b.function = 'RETRIEVE_TICKET_STATUS' OR a."scheduleId" = b."scheduleId")
       AND a."startedAt" IS NOT NULL AND b."startedAt" IS NOT NULL
       AND a."startedAt" < coalesce(b."endedAt", now()) AND b."startedAt" < coalesce(a."endedAt", now())`,
  );
  return Number(row!.n);
}

export async function executionStatus(prisma: TPrisma, id: number) {
  return prisma.execution.findUniqueOrThrow({ where: { id } });
}

/** Waits until the execution has ended, returns it. */
export async function waitForEnd(prisma: TPrisma, id: number, timeoutMs = 120_000) {
  return waitFor(
    `execution #${id} to end`,
    async () => {
      const e = await executionStatus(prisma, id);
      return e.status !== "QUEUED" && e.status !== "RUNNING" ? e : undefined;
    },
    timeoutMs,
  );
}
