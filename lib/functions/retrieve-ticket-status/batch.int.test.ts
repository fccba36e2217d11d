// Retrieve ticket status at run level: the batch size caps what a run reads
// and the next run goes on from the stored key (nothing read twice, nothing
// lost), and the schedule's skip list leaves its tickets untouched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runExecution } from "@/lib/engine/run-execution";
import { startExecution } from "@/lib/engine/start-execution";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startSimulator, type TSimulator } from "@/simulator/server";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";

const ANNA = { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" };

describe.each(DATABASE_KINDS)("retrieve-status batches and skip list on %s", (kind) => {
  let database: TDatabase;
  let sim: TSimulator;
  let orgId: string;
  let scheduleId: string;
  let tickets: { id: number; taxNumber: string }[];

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, quiet: true, keys: [["LSE", "demo-key-lse"]] });
    database = await openTestDatabase(kind);
    const prisma = database.prisma;
    await seedDemo(prisma, { tixngoUrl: sim.apiUrl, now: new Date("2026-11-23T10:00:00Z") });
    const org = await prisma.organization.findUniqueOrThrow({ where: { code: "LSE" }, include: { interfaces: true } });
    orgId = org.id;
    scheduleId = (
      await prisma.schedule.create({
        data: {
          organizationId: orgId,
          interfaceId: org.interfaces[0]!.id,
          function: "RETRIEVE_TICKET_STATUS",
          name: "Feedback",
          launchMode: "MANUAL",
          settings: { batchSize: 3 },
        },
      })
    ).id;
    tickets = await prisma.ticket.findMany({
      where: { organizationId: orgId, status: "PRINTED" },
      orderBy: { id: "asc" },
      take: 3,
      select: { id: true, taxNumber: true },
    });
    sim.state.putEvent("LSE", {
      id: "EV",
      name: "Match",
      startTime: "2026-12-01T19:30:00+01:00",
      address: { site: "Stade", city: "Lausanne", countryCode: "CH", zip: "1018" },
    });
  });
  afterAll(async () => {
    await database?.close();
    await sim?.close();
  });

  async function run(settings: Prisma.InputJsonObject) {
    const prisma = database.prisma;
    await prisma.schedule.update({ where: { id: scheduleId }, data: { settings } });
    const { executionId } = await startExecution(prisma, async () => {}, {
      organizationId: orgId,
      scheduleId,
      trigger: "MANUAL",
    });
    await runExecution({ prisma }, executionId);
    return prisma.execution.findUniqueOrThrow({ where: { id: executionId }, include: { items: true } });
  }
  const ticket = (id: number) => database.prisma.ticket.findUniqueOrThrow({ where: { id } });
  const sequencesOf = async (ids: number[]) =>
    (
      await database.prisma.ticketTransaction.findMany({
        where: { ticketId: { in: ids } },
        orderBy: { sequence: "asc" },
        select: { sequence: true },
      })
    ).map((t) => Number(t.sequence));

  it("reads at most the batch size; the next runs go on from the key until the feed is read, each change once", async () => {
    const [a, b, c] = tickets;
    for (const t of tickets)
      sim.state.insertTicket("LSE", {
        ticketId: t.taxNumber,
        taxNumber: t.taxNumber,
        eventId: "EV",
        kind: "TICKET",
        holder: ANNA,
      });
    sim.state.spectatorAction("LSE", a!.taxNumber, { type: "download" });
    sim.state.spectatorAction("LSE", b!.taxNumber, { type: "download" });
    sim.state.spectatorAction("LSE", a!.taxNumber, { type: "activate", method: "BT" });
    sim.state.spectatorAction("LSE", c!.taxNumber, { type: "download" });
    const feed = sim.state.diff("LSE", undefined, 100);
    expect(feed.ok && feed.page.tickets.map((t) => t.taxNumber)).toEqual([
      a!.taxNumber,
      b!.taxNumber,
      c!.taxNumber,
      a!.taxNumber,
      b!.taxNumber,
      a!.taxNumber,
      c!.taxNumber,
    ]);

    const first = await run({ batchSize: 3 });
    expect(first).toMatchObject({ status: "OK", readCount: 3, acceptedCount: 3, paginationKeyBefore: null });
    // Only the three injections: A has not been downloaded yet as far as S-360 knows.
    expect((await ticket(a!.id)).tixngoStatus).toBe("INJECTED");
    expect(await sequencesOf(tickets.map((t) => t.id))).toHaveLength(3);

    const second = await run({ batchSize: 3 });
    expect(second).toMatchObject({ readCount: 3, paginationKeyBefore: first.paginationKeyAfter });
    expect((await ticket(a!.id)).tixngoStatus).toBe("BT_ACTIVATED");
    expect((await ticket(c!.id)).tixngoStatus).toBe("INJECTED");

    const third = await run({ batchSize: 3 });
    expect(third).toMatchObject({ readCount: 1, paginationKeyBefore: second.paginationKeyAfter });
    expect((await ticket(c!.id)).tixngoStatus).toBe("DOWNLOADED");
    const all = await sequencesOf(tickets.map((t) => t.id));
    expect(all).toHaveLength(7);
    expect(new Set(all).size).toBe(7);

    expect((await run({ batchSize: 3 })).readCount).toBe(0);
    const schedule = await database.prisma.schedule.findUniqueOrThrow({ where: { id: scheduleId } });
    expect(schedule.paginationKey).toBe(third.paginationKeyAfter);
  });

  it("the skip list leaves its tickets as they were, reported skipped, and applies the others", async () => {
    const [a, b] = tickets;
    const before = await ticket(a!.id);
    const logged = (await sequencesOf([a!.id])).length;
    sim.state.spectatorAction("LSE", a!.taxNumber, { type: "control" });
    sim.state.spectatorAction("LSE", b!.taxNumber, { type: "activate", method: "MANUAL" });

    const execution = await run({ batchSize: 3, skipTaxNumbers: [a!.taxNumber] });
    expect(execution).toMatchObject({ status: "WARNING", readCount: 2, acceptedCount: 1, skippedCount: 1 });
    expect(execution.items.find((i) => i.taxNumber === a!.taxNumber)).toMatchObject({
      outcome: "SKIPPED",
      reason: "In the schedule's skip list.",
    });
    expect(await ticket(a!.id)).toMatchObject({
      tixngoStatus: before.tixngoStatus,
      tixngoLastSequence: before.tixngoLastSequence,
    });
    expect(await sequencesOf([a!.id])).toHaveLength(logged);
    expect((await ticket(b!.id)).tixngoStatus).toBe("MANUAL_ACTIVATED");
  });
});
