import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { runExecution } from "@/lib/engine/run-execution";
import { startExecution } from "@/lib/engine/start-execution";
import type { TSimulator } from "@/simulator/server";
import { DATABASE_KINDS } from "@/test/databases";
import { openSeededOrganization } from "@/test/seeded-organization";

describe.each(DATABASE_KINDS)("ticket injection on %s", (kind) => {
  let database: TDatabase;
  let sim: TSimulator;
  let orgId: string;
  let interfaceId: string;

  beforeAll(async () => {
    ({ database, sim, orgId, interfaceId } = await openSeededOrganization(kind, {
      now: new Date("2026-11-23T10:00:00Z"),
    }));
  });
  afterAll(async () => {
    await database.close();
    await sim.close();
  });

  async function run(name: string, settings: Record<string, unknown>) {
    const schedule = await database.prisma.schedule.create({
      data: {
        organizationId: orgId,
        interfaceId,
        function: "TICKET_INJECTION",
        name,
        launchMode: "MANUAL",
        settings: { printerSalesChannel: "EXT", printerPointOfSale: "TIXNGO", ...settings },
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

  it("simulation reports what would be sent and changes nothing", async () => {
    const execution = await run("Simulate", { products: ["LSE-CONCERT"], simulation: true });
    expect(execution.status).toBe("OK");
    expect(execution.items.every((i) => i.outcome === "SIMULATED")).toBe(true);
    expect(execution.sentCount).toBeGreaterThan(0);
    expect(sim.state.overview("LSE").counts.tickets).toBe(0);
    expect(
      await database.prisma.ticket.count({ where: { organizationId: orgId, injectedByScheduleId: { not: null } } }),
    ).toBe(0);
  });

  it("injects NOT_PRINTED tickets by id, creates the events, skips missing holder fields, never twice", async () => {
    const candidates = await database.prisma.ticket.findMany({
      where: { organizationId: orgId, status: "NOT_PRINTED", product: { code: "LSE-MATCH" } },
      orderBy: { id: "asc" },
    });
    const withName = candidates.filter((t) => t.holderFirstName);
    const execution = await run("Matches", {
      products: ["LSE-MATCH"],
      mandatoryHolderFields: ["FIRSTNAME"],
      batchSize: 1000,
    });
    expect(execution.status).toBe(withName.length === candidates.length ? "OK" : "WARNING");
    expect(execution.acceptedCount).toBe(withName.length);
    expect(execution.skippedCount).toBe(candidates.length - withName.length);
    // In id order.
    const sentIds = execution.items.filter((i) => i.outcome === "ACCEPTED").map((i) => i.ticketId!);
    expect(sentIds).toEqual([...sentIds].sort((a, b) => a - b));
    const printed = await database.prisma.ticket.findMany({
      where: { id: { in: sentIds } },
      include: { printedBy: true },
    });
    expect(
      printed.every((t) => t.status === "PRINTED" && t.tixngoStatus === "INJECTED" && t.printedBy?.code === "TIXNGO"),
    ).toBe(true);
    expect(sim.state.getEvent("LSE", "LSE-M1")).toBeDefined();
    expect(sim.state.getTicket("LSE", printed[0]!.taxNumber)?.status).toBe("INJECTED");

    const again = await run("Matches again", { products: ["LSE-MATCH"], mandatoryHolderFields: ["FIRSTNAME"] });
    expect(again.acceptedCount).toBe(0);
    expect(sim.state.overview("LSE").counts.tickets).toBe(withName.length);
  });

  it("the file number filter is exclusive; batch size caps a run", async () => {
    const ticket = await database.prisma.ticket.findFirstOrThrow({
      where: { organizationId: orgId, status: "NOT_PRINTED", product: { code: "LSE-CONCERT" } },
      include: { file: true },
    });
    const inFile = await database.prisma.ticket.count({ where: { fileId: ticket.fileId, status: "NOT_PRINTED" } });
    const byFile = await run("By file", { fileNumber: ticket.file.number });
    expect(byFile.readCount).toBe(inFile);
    const capped = await run("Capped", { batchSize: 3 });
    expect(capped.readCount).toBe(3);
  });

  it("injects digital privileges: the definition first, then the cards, which become PRINTED", async () => {
    const cards = await database.prisma.ticket.count({
      where: {
        organizationId: orgId,
        status: "NOT_PRINTED",
        product: { kind: { in: ["MEMBERSHIP_CARD", "SEASON_CARD"] } },
      },
    });
    expect(cards).toBeGreaterThan(0);
    const schedule = await database.prisma.schedule.create({
      data: {
        organizationId: orgId,
        interfaceId,
        function: "INJECT_DIGITAL_PRIVILEGES",
        name: "Cards",
        launchMode: "MANUAL",
        settings: {},
      },
    });
    const { executionId } = await startExecution(database.prisma, async () => {}, {
      organizationId: orgId,
      scheduleId: schedule.id,
      trigger: "MANUAL",
    });
    await runExecution({ prisma: database.prisma }, executionId);
    expect(await database.prisma.execution.findUniqueOrThrow({ where: { id: executionId } })).toMatchObject({
      status: "OK",
      acceptedCount: cards,
    });
    const card = await database.prisma.ticket.findFirstOrThrow({
      where: { organizationId: orgId, injectedByScheduleId: schedule.id },
      include: { product: true },
    });
    expect(card.status).toBe("PRINTED");
    expect(sim.state.getTicket("LSE", card.taxNumber)).toMatchObject({
      kind: "PRIVILEGE",
      eventId: card.product.code,
      transferable: false,
    });

    // The cards come back through retrieve-status, each applied to its own ticket (by tax number, not card number).
    expect(sim.state.spectatorAction("LSE", card.taxNumber, { type: "download" })).toMatchObject({ ok: true });
    const retrieve = await database.prisma.schedule.create({
      data: {
        organizationId: orgId,
        interfaceId,
        function: "RETRIEVE_TICKET_STATUS",
        name: "Retrieve",
        launchMode: "MANUAL",
      },
    });
    const started = await startExecution(database.prisma, async () => {}, {
      organizationId: orgId,
      scheduleId: retrieve.id,
      trigger: "MANUAL",
    });
    await runExecution({ prisma: database.prisma }, started.executionId);
    const retrieved = await database.prisma.execution.findUniqueOrThrow({
      where: { id: started.executionId },
      include: { items: true },
    });
    expect(retrieved.items.filter((i) => i.outcome === "SKIPPED")).toEqual([]);
    expect(retrieved.status).toBe("OK");
    expect(await database.prisma.ticket.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({
      tixngoStatus: "DOWNLOADED",
      tixngoLastSequence: expect.any(BigInt),
    });
  });

  it("treats ALREADY_INJECTED as printed (a run cut short after TIXNGO accepted)", async () => {
    const ticket = await database.prisma.ticket.findFirstOrThrow({
      where: { organizationId: orgId, status: "NOT_PRINTED", product: { code: "LSE-PARKING" } },
    });
    sim.state.putEvent("LSE", {
      id: "LSE-S1",
      name: "x",
      startTime: "2026-12-01T10:00:00Z",
      address: { site: "s", city: "c", countryCode: "CH", zip: "1" },
    });
    sim.state.insertTicket("LSE", {
      ticketId: ticket.taxNumber,
      taxNumber: ticket.taxNumber,
      eventId: "LSE-S1",
      kind: "TICKET",
      holder: { firstName: "A", lastName: "B", email: "a@b.ch" },
    });
    const execution = await run("Retry", {
      fileNumber: (await database.prisma.file.findUniqueOrThrow({ where: { id: ticket.fileId } })).number,
    });
    expect(execution.items.find((i) => i.ticketId === ticket.id)).toMatchObject({
      outcome: "ACCEPTED",
      reason: "Already in TIXNGO",
    });
    expect((await database.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("PRINTED");
  });

  it("sends several calls at once: every ticket once, each event created once, counts exact", async () => {
    const candidates = await database.prisma.ticket.findMany({
      where: { organizationId: orgId, status: "NOT_PRINTED", product: { code: "LSE-CONCERT" } },
      select: { taxNumber: true, performanceId: true },
    });
    expect(candidates.length).toBeGreaterThan(4);
    // Calls of 2 tickets: the run keeps several calls in flight.
    await database.prisma.interface.update({
      where: { id: interfaceId },
      data: { customParameters: [{ key: "ticketIterationSize", value: "2" }] },
    });
    try {
      const execution = await run("Concurrent", { products: ["LSE-CONCERT"] });
      expect(execution.status).toBe("OK");
      expect(execution.acceptedCount).toBe(candidates.length);
      expect(execution.items.filter((i) => i.outcome === "ACCEPTED")).toHaveLength(candidates.length);
      for (const { taxNumber } of candidates) expect(sim.state.getTicket("LSE", taxNumber)?.status).toBe("INJECTED");
      const events = await database.prisma.executionLog.findMany({
        where: { executionId: execution.id, message: { startsWith: "TIXNGO event" } },
      });
      expect(new Set(events.map((e) => e.message)).size).toBe(events.length);
      expect(events.length).toBeLessThanOrEqual(new Set(candidates.map((c) => c.performanceId)).size);
    } finally {
      await database.prisma.interface.update({ where: { id: interfaceId }, data: { customParameters: [] } });
    }
  });

  it("skipped tickets never block the queue: with batch size 2 and the first 2 invalid, the next run injects the 3rd", async () => {
    const first = await database.prisma.ticket.findFirstOrThrow({
      where: {
        organizationId: orgId,
        status: "NOT_PRINTED",
        product: { kind: { in: ["EVENT", "MATCH", "OPEN_PASS", "SERVICE"] } },
        performanceId: { not: null },
      },
      orderBy: { id: "asc" },
      include: { product: true },
    });
    const queue = await database.prisma.ticket.findMany({
      where: { organizationId: orgId, status: "NOT_PRINTED", productId: first.productId },
      orderBy: { id: "asc" },
      take: 3,
    });
    await database.prisma.ticket.updateMany({
      where: { id: { in: [queue[0]!.id, queue[1]!.id] } },
      data: { holderFirstName: null },
    });
    await database.prisma.ticket.update({ where: { id: queue[2]!.id }, data: { holderFirstName: "Lia" } });
    const settings = { products: [first.product.code], mandatoryHolderFields: ["FIRSTNAME"], batchSize: 2 };
    const one = await run("Blocked? 1", settings);
    expect(one.items.map((i) => [i.taxNumber, i.outcome])).toEqual([
      [queue[0]!.taxNumber, "SKIPPED"],
      [queue[1]!.taxNumber, "SKIPPED"],
    ]);
    const two = await run("Blocked? 2", settings);
    expect(two.items.find((i) => i.taxNumber === queue[2]!.taxNumber)).toMatchObject({ outcome: "ACCEPTED" });
  });
});
