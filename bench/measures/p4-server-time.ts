// P4 server time at 1,000,000 tickets and 1,000,000 transaction-log rows: the
// query modules the pages call (search, lists first and deep, details,
// dashboard), timed on the server side, with an EXPLAIN of every statement
// they send: a sequential scan of a big table is counted and named.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import type pg from "pg";
import { searchContacts } from "@/lib/contacts/search-contacts";
import type { TPrisma } from "@/lib/db/client";
import { dashboardSummary } from "@/lib/dashboard/dashboard-summary";
import { getExecutionDetail } from "@/lib/executions/get-execution-detail";
import { listExecutions } from "@/lib/executions/list-executions";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getTicket } from "@/lib/tickets/get-ticket";
import { searchTickets } from "@/lib/tickets/search-tickets";
import { queueExecution, seedOrganization } from "../support/seed";
import { withClient } from "../support/postgres";
import { median } from "../support/spread";
import { below, sizeLabel, type TFigure, type TMeasure } from "./types";

const BIG_TABLES = new Set(["Ticket", "TicketTransaction", "Contact", "File", "ExecutionItem", "ExecutionLog"]);

type TQuery = { name: string; kind: "search" | "page"; run(prisma: TPrisma): Promise<unknown> };

let prepared: { url: string; queries: TQuery[] } | undefined;

/** A Prisma client whose adapter remembers every statement it sends, for EXPLAIN. */
function recordingPrisma(url: string, sent: SqlQuery[]): TPrisma {
  const base = new PrismaPg({ connectionString: url });
  const factory: SqlDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      const queryRaw = adapter.queryRaw.bind(adapter);
      adapter.queryRaw = (query) => {
        sent.push(query);
        return queryRaw(query);
      };
      return adapter;
    },
  };
  return new PrismaClient({ adapter: factory, omit: { interface: { apiKeyCipher: true } } });
}

async function seed(url: string, rows: number, apiUrl: string) {
  const contacts = Math.max(100, Math.floor(rows / 5));
  const files = Math.max(100, Math.floor(rows / 3));
  const sent: SqlQuery[] = [];
  const prisma = recordingPrisma(url, sent);
  try {
    const org = await seedOrganization(prisma, { code: "P4", apiUrl, apiKey: "p4-key-unused", eventCode: "P4-EVENT" });
    const channel = await prisma.salesChannel.findFirstOrThrow({ where: { organizationId: org.organizationId } });
    await withClient(url, async (client) => {
      const o = org.organizationId;
      await client.query(
        `INSERT INTO "Contact" (id, "organizationId", number, "firstName", "lastName", email, "updatedAt")
         SELECT 'p4c' || g, $1, 1000 + g, 'First' || (g % 997), 'Last' || lpad((g % 20000)::text, 5, '0'), 'fan' || g || '@p4.example', now()
         FROM generate_series(1, $2::int) g`,
        [o, contacts],
      );
      await client.query(
        `INSERT INTO "File" (id, "organizationId", number, "purchaserId", "salesChannelId", "purchasedAt", currency)
         SELECT 'p4f' || g, $1, 'F' || lpad(g::text, 8, '0'), 'p4c' || (1 + g % $2::int), $3, now(), 'CHF'
         FROM generate_series(1, $4::int) g`,
        [o, contacts, channel.id, files],
      );
      for (let start = 1; start <= rows; start += 200_000)
        await client.query(
          `INSERT INTO "Ticket" ("organizationId", "taxNumber", "fileId", "productId", "performanceId", "culturalContactId",
             barcode, "priceCents", currency, status, "tixngoStatus", "tixngoOwnerEmail", "tixngoLastSequence", "updatedAt")
           SELECT $1, 'P4T' || lpad(g::text, 8, '0'), 'p4f' || (1 + g % $2::int), $3, $4, 'p4c' || (1 + (g * 7) % $5::int),
             'B' || g, 5000, 'CHF', (CASE WHEN g % 10 = 0 THEN 'NOT_PRINTED' ELSE 'PRINTED' END)::"TicketStatus",
             (CASE g % 4 WHEN 0 THEN NULL WHEN 1 THEN 'INJECTED' WHEN 2 THEN 'DOWNLOADED' ELSE 'TRANSFERRED' END)::"TixngoStatus",
             CASE WHEN g % 4 = 3 THEN 'fan' || (1 + (g * 13) % $5::int) || '@p4.example' END, g, now()
           FROM generate_series($6::int, $7::int) g`,
          [o, files, org.productId, org.performanceId, contacts, start, Math.min(rows, start + 199_999)],
        );
      // One transaction-log row per ticket: as many log rows as tickets.
      await client.query(
        `INSERT INTO "TicketTransaction" ("ticketId", sequence, status, "statusChangedAt", actor)
         SELECT id, id, 'INJECTED', now() - (id || ' seconds')::interval, 'SYSTEM' FROM "Ticket" WHERE "organizationId" = $1`,
        [o],
      );
    });
    const executionId = await queueExecution(prisma, org, { fn: "RETRIEVE_TICKET_STATUS", settings: {} });
    await withClient(url, async (client) => {
      await client.query(
        `INSERT INTO "ExecutionItem" ("executionId", "ticketId", "taxNumber", outcome, reason)
         SELECT $1, NULL, 'P4T' || g, 'SKIPPED', 'No ticket with this tax number in the organization.'
         FROM generate_series(1, $2::int) g`,
        [executionId, Math.floor(rows / 5)],
      );
      await client.query("VACUUM ANALYZE");
    });
    const middle = Math.floor(rows / 2);
    const ticketMid = await prisma.ticket.findFirstOrThrow({
      where: { taxNumber: `P4T${String(middle).padStart(8, "0")}` },
    });
    const item = await prisma.executionItem.findFirstOrThrow({
      where: { executionId },
      orderBy: { id: "asc" },
      skip: Math.floor(rows / 10),
    });
    const organizationId = org.organizationId;
    const queries: TQuery[] = [
      {
        name: "ticket search: tax number",
        kind: "search",
        run: (p) => searchTickets(p, organizationId, { q: `P4T${String(middle).padStart(8, "0")}` }),
      },
      {
        name: "ticket search: e-mail",
        kind: "search",
        run: (p) => searchTickets(p, organizationId, { q: `fan${Math.floor(contacts / 2)}@p4.example` }),
      },
      {
        name: "contact search: last name",
        kind: "search",
        run: (p) => searchContacts(p, organizationId, { q: "Last01234" }),
      },
      {
        name: "contact search: e-mail",
        kind: "search",
        run: (p) => searchContacts(p, organizationId, { q: `fan${Math.floor(contacts / 3)}@p4.example` }),
      },
      { name: "tickets: first page", kind: "page", run: (p) => searchTickets(p, organizationId, {}) },
      {
        name: "tickets: deep page",
        kind: "page",
        run: (p) => searchTickets(p, organizationId, { after: ticketMid.id }),
      },
      {
        name: "tickets: NOT_PRINTED first page",
        kind: "page",
        run: (p) => searchTickets(p, organizationId, { status: "NOT_PRINTED" }),
      },
      {
        name: "tickets: TIXNGO DOWNLOADED deep page",
        kind: "page",
        run: (p) => searchTickets(p, organizationId, { tixngo: "DOWNLOADED", after: ticketMid.id }),
      },
      { name: "contacts: first page", kind: "page", run: (p) => searchContacts(p, organizationId, {}) },
      {
        name: "contacts: deep page",
        kind: "page",
        run: (p) => searchContacts(p, organizationId, { after: 1000 + Math.floor(contacts / 2) }),
      },
      { name: "ticket detail", kind: "page", run: (p) => getTicket(p, organizationId, ticketMid.id) },
      { name: "executions: first page", kind: "page", run: (p) => listExecutions(p, organizationId, {}) },
      {
        name: "execution detail: deep item page",
        kind: "page",
        run: (p) => getExecutionDetail(p, organizationId, { id: executionId, afterItem: Number(item.id) }),
      },
      {
        name: "dashboard",
        kind: "page",
        run: (p) => dashboardSummary(p, organizationId, new Date(Date.now() - 7 * 86_400_000)),
      },
    ];
    return queries;
  } finally {
    await prisma.$disconnect();
  }
}

/** The statements' plans: the big tables each one scans sequentially. */
async function seqScans(client: pg.Client, statements: SqlQuery[]): Promise<string[]> {
  const found = new Set<string>();
  for (const statement of statements) {
    if (!/^\s*(SELECT|WITH)/i.test(statement.sql)) continue;
    const { rows } = await client.query<{ "QUERY PLAN": unknown }>(
      `EXPLAIN (FORMAT JSON) ${statement.sql}`,
      statement.args,
    );
    const walk = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      const plan = node as Record<string, unknown>;
      if (plan["Node Type"] === "Seq Scan" && BIG_TABLES.has(String(plan["Relation Name"])))
        found.add(String(plan["Relation Name"]));
      for (const value of Object.values(plan)) if (typeof value === "object") walk(value);
    };
    walk(rows[0]?.["QUERY PLAN"]);
  }
  return [...found];
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
const round1 = (value: number) => Math.round(value * 10) / 10;

export const p4ServerTime: TMeasure = {
  id: "P4",
  title: "server time",
  async setUp({ options, databases, sim, progress }) {
    progress(`P4: ${sizeLabel(options.p4Rows)} tickets and transaction-log rows`);
    const url = await databases.create();
    prepared = { url, queries: await seed(url, options.p4Rows, `${sim.apiUrl}/tickets`) };
  },
  async run({ options, progress }) {
    const { url, queries } = prepared!;
    const repeats = options.quick ? 5 : 20;
    const sent: SqlQuery[] = [];
    const prisma = recordingPrisma(url, sent);
    const figures: TFigure[] = [];
    const samples = { search: [] as number[], page: [] as number[] };
    const scanned: string[] = [];
    try {
      await withClient(url, async (client) => {
        for (const query of queries) {
          sent.length = 0;
          await query.run(prisma); // warm-up, and the statements to EXPLAIN
          const tables = await seqScans(client, sent);
          if (tables.length > 0) scanned.push(`${query.name} (${tables.join(", ")})`);
          const times: number[] = [];
          for (let i = 0; i < repeats; i++) {
            const started = performance.now();
            await query.run(prisma);
            times.push(performance.now() - started);
          }
          samples[query.kind].push(...times);
          figures.push({
            key: `p4_${query.name.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}_p95_ms`,
            label: `P4 ${query.name} p95${tables.length ? ` — seq scan of ${tables.join(", ")}` : ""}`,
            unit: "ms",
            value: round1(p95(times)),
            goal: below(query.kind === "search" ? 50 : 100),
          });
        }
      });
    } finally {
      await prisma.$disconnect();
    }
    if (scanned.length > 0) progress(`P4: sequential scans of big tables: ${scanned.join("; ")}`);
    return [
      {
        key: "p4_search_p95_ms",
        label: `P4 search p95 (${sizeLabel(options.p4Rows)} tickets)`,
        unit: "ms",
        value: round1(p95(samples.search)),
        goal: below(50),
      },
      {
        key: "p4_list_p95_ms",
        label: `P4 pages p95 (${sizeLabel(options.p4Rows)} tickets)`,
        unit: "ms",
        value: round1(p95(samples.page)),
        goal: below(100),
      },
      {
        key: "p4_median_ms",
        label: "P4 all queries, median",
        unit: "ms",
        value: round1(median([...samples.search, ...samples.page])),
      },
      {
        key: "p4_seq_scans",
        label: "P4 queries with a sequential scan of a big table (EXPLAIN)",
        unit: "queries",
        value: scanned.length,
        goal: below(1, "0"),
      },
      ...figures,
    ];
  },
};
