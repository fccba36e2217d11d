// Retrieve-status end to end: the simulator's diff feed → planned pages →
// batched writes, on embedded PGlite and on PostgreSQL. Figures in changes/s.
import { encryptSecret } from "../lib/crypto/secret-box";
import type { TDatabase } from "../lib/db/client";
import { openDatabase } from "../lib/db/client";
import { runExecution } from "../lib/engine/run-execution";
import { startExecution } from "../lib/engine/start-execution";
import { startSimulator } from "../simulator/server";
import { createPostgresDatabase } from "../test/databases";
import { migratePostgres } from "../lib/db/client";

const TICKETS = Number(process.env.BENCH_RS_TICKETS ?? 20_000);
const CHANGES = Number(process.env.BENCH_RS_CHANGES ?? 100_000);

async function prepare(database: TDatabase, apiUrl: string) {
  const prisma = database.prisma;
  const org = await prisma.organization.create({ data: { code: "BENCH", name: "Bench" } });
  const site = await prisma.site.create({
    data: { organizationId: org.id, code: "S", name: "Arena", zip: "1000", city: "Lausanne", countryCode: "CH" },
  });
  const product = await prisma.product.create({
    data: { organizationId: org.id, code: "P", name: "Match", kind: "MATCH", family: "F" },
  });
  const perf = await prisma.performance.create({
    data: {
      organizationId: org.id,
      productId: product.id,
      siteId: site.id,
      code: "BULK-EVENT",
      name: "Match",
      startsAt: new Date(),
    },
  });
  const channel = await prisma.salesChannel.create({ data: { organizationId: org.id, code: "WEB", name: "Web" } });
  const buyer = await prisma.contact.create({
    data: { organizationId: org.id, number: 1, firstName: "A", lastName: "B", email: "a@b.ch" },
  });
  const file = await prisma.file.create({
    data: {
      organizationId: org.id,
      number: "F1",
      purchaserId: buyer.id,
      salesChannelId: channel.id,
      purchasedAt: new Date(),
      currency: "CHF",
    },
  });
  for (let start = 1; start <= TICKETS; start += 5000) {
    await prisma.ticket.createMany({
      data: Array.from({ length: Math.min(5000, TICKETS - start + 1) }, (_, i) => ({
        organizationId: org.id,
        taxNumber: `BENCH${start + i}`,
        fileId: file.id,
        productId: product.id,
        performanceId: perf.id,
        barcode: `B${start + i}`,
        priceCents: 1000,
        currency: "CHF",
        status: "PRINTED" as const,
        culturalContactId: buyer.id,
      })),
    });
  }
  const iface = await prisma.interface.create({
    data: {
      organizationId: org.id,
      name: "T",
      type: "TIXNGO",
      apiUrl,
      username: "u",
      apiKeyCipher: encryptSecret("bench-key-0001"),
      apiKeyHint: "x",
    },
  });
  return prisma.schedule.create({
    data: {
      organizationId: org.id,
      interfaceId: iface.id,
      function: "RETRIEVE_TICKET_STATUS",
      name: "Feedback",
      launchMode: "MANUAL",
      settings: { batchSize: CHANGES },
    },
  });
}

export async function benchRetrieveStatus(): Promise<{ name: string; value: number; unit: string }[]> {
  process.env.APP_ENCRYPTION_KEY ??= "bench-key";
  const sim = await startSimulator({ port: 0, quiet: true, keys: [["BENCH", "bench-key-0001"]] });
  const results: { name: string; value: number; unit: string }[] = [];
  try {
    await fetch(`${sim.url}/_sim/bulk`, {
      method: "POST",
      headers: { "x-sim-token": sim.adminToken },
      body: JSON.stringify({ organizer: "BENCH", tickets: TICKETS, changes: CHANGES, prefix: "BENCH" }),
    });
    const pg = await createPostgresDatabase();
    await migratePostgres(pg.url);
    for (const [label, open] of [
      ["PGlite", () => openDatabase({ kind: "pglite", dataDir: "memory://" })],
      ["PostgreSQL", () => openDatabase({ kind: "postgres", url: pg.url })],
    ] as const) {
      const database = await open();
      try {
        const schedule = await prepare(database, sim.apiUrl);
        const { executionId } = await startExecution(database.prisma, async () => {}, {
          organizationId: schedule.organizationId,
          scheduleId: schedule.id,
          trigger: "MANUAL",
        });
        const started = performance.now();
        await runExecution({ prisma: database.prisma }, executionId);
        const ms = performance.now() - started;
        const execution = await database.prisma.execution.findUniqueOrThrow({ where: { id: executionId } });
        if (execution.readCount !== CHANGES)
          throw new Error(
            `${label}: read ${execution.readCount} of ${CHANGES} (${execution.status}: ${execution.message})`,
          );
        results.push({
          name: `retrieve-status on ${label}: ${CHANGES.toLocaleString("en")} changes over ${TICKETS.toLocaleString("en")} tickets (pages of 10000)`,
          value: Math.round(ms),
          unit: "ms",
        });
        results.push({
          name: `retrieve-status on ${label} throughput`,
          value: Math.round(CHANGES / (ms / 1000)),
          unit: "changes/s",
        });
      } finally {
        await database.close();
      }
    }
    await pg.drop();
  } finally {
    await sim.close();
  }
  return results;
}
