// Re-reading the feed is harmless: a pagination key set back, a replay file
// of a completed transfer, a replay of an older transfer add and change
// nothing; and doContinueInCaseOfSyncError both ways.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { runExecution } from "@/lib/engine/run-execution";
import { startExecution } from "@/lib/engine/start-execution";
import { seedDemo } from "@/lib/seed/seed-demo";
import type { TLifecycleTicket } from "@/lib/tixngo/contract";
import { startSimulator, type TSimulator } from "@/simulator/server";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";

describe.each(DATABASE_KINDS)("retrieve-status replays on %s", (kind) => {
  let database: TDatabase;
  let sim: TSimulator;
  let orgId: string;
  let interfaceId: string;
  let scheduleId: string;
  const anna = { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" };
  const person = (name: string) => ({ firstName: name, lastName: "Test", email: `${name.toLowerCase()}@example.org` });

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, quiet: true, keys: [["LSE", "demo-key-lse"]] });
    database = await openTestDatabase(kind);
    await seedDemo(database.prisma, { tixngoUrl: sim.apiUrl });
    const org = await database.prisma.organization.findUniqueOrThrow({
      where: { code: "LSE" },
      include: { interfaces: true },
    });
    orgId = org.id;
    interfaceId = org.interfaces[0]!.id;
    scheduleId = (
      await database.prisma.schedule.create({
        data: {
          organizationId: orgId,
          interfaceId,
          function: "RETRIEVE_TICKET_STATUS",
          name: "Feedback",
          launchMode: "MANUAL",
          settings: { batchSize: 1000, skipTaxNumbers: [] },
        },
      })
    ).id;
    sim.state.putEvent("LSE", {
      id: "EV",
      name: "x",
      startTime: "2026-12-01T10:00:00Z",
      address: { site: "s", city: "c", countryCode: "CH", zip: "1" },
    });
  });
  afterAll(async () => {
    await database?.close();
    await sim?.close();
  });

  async function run() {
    const { executionId } = await startExecution(database.prisma, async () => {}, {
      organizationId: orgId,
      scheduleId,
      trigger: "MANUAL",
    });
    await runExecution({ prisma: database.prisma }, executionId);
    return database.prisma.execution.findUniqueOrThrow({ where: { id: executionId }, include: { items: true } });
  }

  async function inTixngo(count: number) {
    const tickets = await database.prisma.ticket.findMany({
      where: { organizationId: orgId, status: "PRINTED", tixngoStatus: null },
      take: count,
      orderBy: { id: "asc" },
    });
    for (const t of tickets)
      sim.state.insertTicket("LSE", {
        ticketId: t.taxNumber,
        taxNumber: t.taxNumber,
        eventId: "EV",
        kind: "TICKET",
        holder: anna,
      });
    return tickets;
  }

  function act(taxNumber: string, action: Parameters<TSimulator["state"]["spectatorAction"]>[2]): TLifecycleTicket {
    const outcome = sim.state.spectatorAction("LSE", taxNumber, action);
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.change;
  }

  function transfer(taxNumber: string, to: { firstName: string; lastName: string; email: string }) {
    const pending = act(taxNumber, { type: "transfer", recipientEmail: to.email });
    const accepted = act(taxNumber, { type: "accept", recipient: to });
    return { pending, accepted };
  }

  /** Everything a replay must leave as it is. */
  async function history() {
    const prisma = database.prisma;
    return {
      entries: await prisma.distributionEntry.findMany({ where: { organizationId: orgId }, orderBy: { id: "asc" } }),
      tickets: await prisma.ticket.findMany({
        where: { organizationId: orgId, tixngoStatus: { not: null } },
        select: {
          id: true,
          culturalContactId: true,
          tixngoOwnerEmail: true,
          tixngoLastSequence: true,
          tixngoStatus: true,
        },
        orderBy: { id: "asc" },
      }),
      transactions: await prisma.ticketTransaction.count(),
      contacts: await prisma.contact.findMany({ where: { organizationId: orgId }, orderBy: { id: "asc" } }),
    };
  }

  async function upload(changes: TLifecycleTicket[]) {
    await database.prisma.scheduleUpload.create({
      data: { scheduleId, fileName: "replay.json", content: JSON.stringify({ tickets: changes }), sizeBytes: 1 },
    });
  }

  it("a pagination key set back re-reads every change as already applied: history unchanged", async () => {
    const tickets = await inTixngo(3);
    for (const [i, t] of tickets.entries()) {
      act(t.taxNumber, { type: "download" });
      transfer(t.taxNumber, person(`First${i}`));
      // A transfer timed out by the organizer: resolved in the system's name.
      act(t.taxNumber, { type: "transfer", recipientEmail: `late${i}@example.org` });
      act(t.taxNumber, { type: "timeout" });
    }
    const first = await run();
    expect(first.status).toBe("OK");
    const before = await history();
    expect(before.entries).toHaveLength(6);
    const timedOut = before.entries.filter((e) => e.status === "CANCELLED");
    expect(timedOut).toHaveLength(3);
    expect(timedOut[0]).toMatchObject({ actor: "TIXNGO (mobile)", resolvedBy: "TIXNGO (system)" });
    expect(timedOut[0]!.resolvedAt).toBeInstanceOf(Date);

    // The operator sets the key back to before the first run.
    await database.prisma.schedule.update({ where: { id: scheduleId }, data: { paginationKey: null } });
    const replay = await run();
    expect(replay).toMatchObject({ status: "OK", readCount: first.readCount, acceptedCount: 0 });
    expect(replay.message).toMatch(/0 applied, \d+ already applied/);
    expect(new Set(replay.items.map((i) => i.outcome))).toEqual(new Set(["ALREADY_APPLIED"]));
    expect(await history()).toEqual(before);
  });

  it("a replay file of a completed transfer adds no entry from the recipient to themselves", async () => {
    const [ticket] = await inTixngo(1);
    act(ticket!.taxNumber, { type: "download" });
    const { pending, accepted } = transfer(ticket!.taxNumber, person("Xavier"));
    await run();
    const before = await history();
    await upload([pending, accepted]);
    try {
      const replay = await run();
      expect(replay.status).toBe("OK");
      expect(replay.items.map((i) => i.outcome)).toEqual(["ALREADY_APPLIED", "ALREADY_APPLIED"]);
      expect(await history()).toEqual(before);
    } finally {
      await database.prisma.scheduleUpload.deleteMany({ where: { scheduleId } });
    }
  });

  it("a replay of an older transfer (S→X1 after X1→X2) leaves the cultural contact with X2", async () => {
    const [ticket] = await inTixngo(1);
    act(ticket!.taxNumber, { type: "download" });
    const toX1 = transfer(ticket!.taxNumber, person("Xone"));
    transfer(ticket!.taxNumber, { ...person("Xtwo") });
    await run();
    const before = await history();
    const current = before.tickets.find((t) => t.id === ticket!.id)!;
    expect(current.tixngoOwnerEmail).toBe("xtwo@example.org");
    const x2 = before.contacts.find((c) => c.email === "xtwo@example.org")!;
    expect(current.culturalContactId).toBe(x2.id);

    await upload([toX1.accepted]);
    try {
      const replay = await run();
      expect(replay.items).toEqual([expect.objectContaining({ outcome: "ALREADY_APPLIED" })]);
      expect(await history()).toEqual(before);
    } finally {
      await database.prisma.scheduleUpload.deleteMany({ where: { scheduleId } });
    }
  });

  it("doContinueInCaseOfSyncError: true reports the change and goes on; false stops and commits nothing of the page", async () => {
    const prisma = database.prisma;
    const [ticket] = await inTixngo(1);
    sim.state.insertTicket("LSE", {
      ticketId: "NOT-IN-S360",
      taxNumber: "NOT-IN-S360",
      eventId: "EV",
      kind: "TICKET",
      holder: anna,
    });
    act(ticket!.taxNumber, { type: "download" });
    const setContinue = (value: string) =>
      prisma.interface.update({
        where: { id: interfaceId },
        data: { customParameters: [{ key: "doContinueInCaseOfSyncError", value }] },
      });

    await setContinue("false");
    const keyBefore = (await prisma.schedule.findUniqueOrThrow({ where: { id: scheduleId } })).paginationKey;
    const stopped = await run();
    expect(stopped.status).toBe("ERROR");
    expect(stopped.message).toMatch(/^Stopped at change #\d+ \(ticket NOT-IN-S360\): No ticket with this tax number/);
    expect(stopped.message).toMatch(/Nothing of its page was committed/);
    expect(stopped.items).toEqual([
      expect.objectContaining({
        taxNumber: "NOT-IN-S360",
        outcome: "FAILED",
        reason: expect.stringMatching(/No ticket/),
      }),
    ]);
    expect(stopped.readCount).toBe(0);
    expect((await prisma.schedule.findUniqueOrThrow({ where: { id: scheduleId } })).paginationKey).toBe(keyBefore);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket!.id } })).tixngoStatus).toBeNull();

    await setContinue("true");
    const goesOn = await run();
    expect(goesOn.status).toBe("WARNING");
    expect(goesOn.items).toEqual([
      expect.objectContaining({
        taxNumber: "NOT-IN-S360",
        outcome: "SKIPPED",
        reason: expect.stringMatching(/No ticket/),
      }),
    ]);
    expect(goesOn.acceptedCount).toBeGreaterThan(0);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket!.id } })).tixngoStatus).toBe("DOWNLOADED");
    await prisma.interface.update({ where: { id: interfaceId }, data: { customParameters: [] } });
  });
});
