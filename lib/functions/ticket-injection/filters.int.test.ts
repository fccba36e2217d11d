// Ticket injection's filters, each proven at run level against a real
// database: a simulation run with one filter reports exactly the NOT_PRINTED
// tickets that filter names (worked out here from the rows themselves), all
// filters are cumulative, and the file number excludes the others. Then the
// batch cap and the continuation of the next run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { runExecution } from "@/lib/engine/run-execution";
import { startExecution } from "@/lib/engine/start-execution";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startSimulator, type TSimulator } from "@/simulator/server";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { injectionWhere, TICKET_KINDS } from "./run";
import { ZInjectionSettings } from "./settings";

const PRINTER = { printerSalesChannel: "EXT", printerPointOfSale: "TIXNGO" };

/** What each filter matches on a ticket, read from the ticket's own rows. */
type TPoolTicket = {
  id: number;
  fileNumber: string;
  salesChannel: string;
  season: string;
  family: string;
  product: string;
  performance: string | null;
  tariff: string | null;
  seatCategory: string | null;
};

describe.each(DATABASE_KINDS)("injection filters on %s", (kind) => {
  let database: TDatabase;
  let sim: TSimulator;
  let orgId: string;
  let interfaceId: string;
  let pool: TPoolTicket[];

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, quiet: true, keys: [["LSE", "demo-key-lse"]] });
    database = await openTestDatabase(kind);
    const prisma = database.prisma;
    await seedDemo(prisma, { tixngoUrl: sim.apiUrl, now: new Date("2026-11-23T10:00:00Z") });
    const org = await prisma.organization.findUniqueOrThrow({ where: { code: "LSE" }, include: { interfaces: true } });
    orgId = org.id;
    interfaceId = org.interfaces[0]!.id;
    // The demo has one season: the concerts move to a second one so the season filter has something to tell apart.
    const season = await prisma.season.create({
      data: {
        organizationId: orgId,
        code: "2025-26",
        name: "Season 2025/26",
        startsOn: new Date("2025-07-01"),
        endsOn: new Date("2026-06-30"),
      },
    });
    await prisma.product.update({
      where: { organizationId_code: { organizationId: orgId, code: "LSE-CONCERT" } },
      data: { seasonId: season.id },
    });
    const rows = await prisma.ticket.findMany({
      where: { organizationId: orgId, status: "NOT_PRINTED", product: { kind: { in: [...TICKET_KINDS] } } },
      include: {
        file: { include: { salesChannel: true } },
        product: { include: { season: true } },
        performance: true,
        tariff: true,
        seatCategory: true,
      },
      orderBy: { id: "asc" },
    });
    pool = rows.map((t) => ({
      id: t.id,
      fileNumber: t.file.number,
      salesChannel: t.file.salesChannel.code,
      season: t.product.season!.code,
      family: t.product.family,
      product: t.product.code,
      performance: t.performance?.code ?? null,
      tariff: t.tariff?.code ?? null,
      seatCategory: t.seatCategory?.code ?? null,
    }));
    // Not a filter: cards and other statuses never enter the pool.
    expect(await prisma.ticket.count({ where: { organizationId: orgId } })).toBeGreaterThan(pool.length);
  });
  afterAll(async () => {
    await database?.close();
    await sim?.close();
  });

  let runs = 0;
  async function run(settings: Record<string, unknown>) {
    const schedule = await database.prisma.schedule.create({
      data: {
        organizationId: orgId,
        interfaceId,
        function: "TICKET_INJECTION",
        name: `Filters ${++runs}`,
        launchMode: "MANUAL",
        settings: { ...PRINTER, batchSize: 100_000, ...settings },
      },
    });
    const { executionId } = await startExecution(database.prisma, async () => {}, {
      organizationId: orgId,
      scheduleId: schedule.id,
      trigger: "MANUAL",
    });
    await runExecution({ prisma: database.prisma }, executionId);
    return database.prisma.execution.findUniqueOrThrow({
      where: { id: executionId },
      include: { items: { orderBy: { id: "asc" } } },
    });
  }
  /** The tickets a simulation run with these settings would send, in the order it reads them. */
  async function simulated(settings: Record<string, unknown>) {
    const execution = await run({ ...settings, simulation: true });
    expect(execution.status).toBe("OK");
    expect(execution.items.every((item) => item.outcome === "SIMULATED")).toBe(true);
    return execution.items.map((item) => item.ticketId);
  }
  const ids = (predicate: (t: TPoolTicket) => boolean) => pool.filter(predicate).map((t) => t.id);

  it.each([
    ["salesChannels", ["BOX"], (t: TPoolTicket) => t.salesChannel === "BOX"],
    ["seasons", ["2025-26"], (t: TPoolTicket) => t.season === "2025-26"],
    ["productFamilies", ["CONCERT", "PASS"], (t: TPoolTicket) => ["CONCERT", "PASS"].includes(t.family)],
    ["products", ["LSE-PARKING"], (t: TPoolTicket) => t.product === "LSE-PARKING"],
    ["performances", ["LSE-M2", "LSE-C1"], (t: TPoolTicket) => ["LSE-M2", "LSE-C1"].includes(t.performance ?? "")],
    ["tariffs", ["CHILD"], (t: TPoolTicket) => t.tariff === "CHILD"],
    ["seatCategories", ["CAT2"], (t: TPoolTicket) => t.seatCategory === "CAT2"],
  ])("%s picks exactly the tickets it names", async (filter, codes, matches) => {
    const expected = ids(matches);
    // The filter must tell tickets apart here, or this test would prove nothing.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(pool.length);
    expect(await simulated({ [filter]: codes })).toEqual(expected);
  });

  it("filters are cumulative: a ticket must match every one that is set", async () => {
    const expected = ids(
      (t) => t.salesChannel === "WEB" && t.family === "FOOTBALL" && ["FULL", "REDUCED"].includes(t.tariff ?? ""),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(ids((t) => t.family === "FOOTBALL").length);
    expect(
      await simulated({ salesChannels: ["WEB"], productFamilies: ["FOOTBALL"], tariffs: ["FULL", "REDUCED"] }),
    ).toEqual(expected);
  });

  it("the file number picks that file's tickets and ignores every other filter", async () => {
    // A file with tickets of more than one product, so ignoring the product filter shows.
    const fileNumber = pool.find((t) =>
      pool.some((o) => o.fileNumber === t.fileNumber && o.product !== t.product),
    )?.fileNumber;
    expect(fileNumber).toBeDefined();
    const inFile = pool.filter((t) => t.fileNumber === fileNumber);
    expect(await simulated({ fileNumber })).toEqual(inFile.map((t) => t.id));
    // The settings refuse both at once; the selection itself still lets the file number win.
    const settings = {
      ...ZInjectionSettings.parse({ ...PRINTER, fileNumber }),
      products: [inFile[0]!.product],
      salesChannels: ["EXT"],
      tariffs: ["NONE"],
    };
    const selected = await database.prisma.ticket.findMany({
      where: injectionWhere(orgId, settings),
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(selected.map((t) => t.id)).toEqual(inFile.map((t) => t.id));
  });

  it("the batch size caps a run in id order; the next run goes on with the following tickets", async () => {
    const passes = ids((t) => t.product === "LSE-PASS");
    expect(passes.length).toBeGreaterThan(4);
    const first = await run({ products: ["LSE-PASS"], batchSize: 2 });
    expect(first).toMatchObject({ status: "OK", readCount: 2, acceptedCount: 2 });
    expect(first.items.map((i) => i.ticketId)).toEqual(passes.slice(0, 2));
    const second = await run({ products: ["LSE-PASS"], batchSize: 2 });
    expect(second.items.map((i) => i.ticketId)).toEqual(passes.slice(2, 4));
    const printed = await database.prisma.ticket.findMany({
      where: { id: { in: passes } },
      select: { id: true, status: true },
      orderBy: { id: "asc" },
    });
    expect(printed.filter((t) => t.status === "PRINTED").map((t) => t.id)).toEqual(passes.slice(0, 4));
    for (const id of passes.slice(0, 4)) {
      const taxNumber = (await database.prisma.ticket.findUniqueOrThrow({ where: { id } })).taxNumber;
      expect(sim.state.getTicket("LSE", taxNumber)?.status).toBe("INJECTED");
    }
  });
});
