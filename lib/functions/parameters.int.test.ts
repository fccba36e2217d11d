// The interface's custom parameters at run level: each one set on the
// interface changes what a real run does against the simulator and the
// database (calls made, what the execution log keeps, what TIXNGO is told,
// what retrieve-status writes).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runExecution } from "@/lib/engine/run-execution";
import { startExecution } from "@/lib/engine/start-execution";
import type { TSimulator } from "@/simulator/server";
import { DATABASE_KINDS } from "@/test/databases";
import { openSeededOrganization } from "@/test/seeded-organization";

const PRINTER = { printerSalesChannel: "EXT", printerPointOfSale: "TIXNGO" };
const ANNA = { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" };
const EVENT = {
  id: "EV",
  name: "Match",
  startTime: "2026-12-01T19:30:00+01:00",
  address: { site: "Stade", city: "Lausanne", countryCode: "CH", zip: "1018" },
};

describe.each(DATABASE_KINDS)("custom parameters at run level on %s", (kind) => {
  let database: TDatabase;
  let sim: TSimulator;
  let orgId: string;
  let interfaceId: string;

  beforeAll(async () => {
    ({ database, sim, orgId, interfaceId } = await openSeededOrganization(kind, {
      deletionDelayMs: 50,
      now: new Date("2026-11-23T10:00:00Z"),
    }));
    sim.state.putEvent("LSE", EVENT);
  });
  afterAll(async () => {
    await database?.close();
    await sim?.close();
  });
  beforeEach(async () => {
    await parameters({});
  });

  async function parameters(values: Record<string, string>) {
    await database.prisma.interface.update({
      where: { id: interfaceId },
      data: { customParameters: Object.entries(values).map(([key, value]) => ({ key, value })) },
    });
  }

  let runs = 0;
  async function run(
    fn: "TICKET_INJECTION" | "PUSH_CANCELLED_TICKETS" | "RETRIEVE_TICKET_STATUS",
    settings: Prisma.InputJsonObject,
  ) {
    const schedule = await database.prisma.schedule.create({
      data: { organizationId: orgId, interfaceId, function: fn, name: `Run ${++runs}`, launchMode: "MANUAL", settings },
    });
    const { executionId } = await startExecution(database.prisma, async () => {}, {
      organizationId: orgId,
      scheduleId: schedule.id,
      trigger: "MANUAL",
    });
    await runExecution({ prisma: database.prisma }, executionId);
    return database.prisma.execution.findUniqueOrThrow({
      where: { id: executionId },
      include: { items: { orderBy: { id: "asc" } }, logs: { orderBy: { id: "asc" } } },
    });
  }

  /** The execution log's dumps of the ticket injection calls. */
  const injectCalls = (logs: { message: string; data: Prisma.JsonValue }[]) =>
    logs
      .filter((l) => l.message.startsWith("POST tickets → "))
      .map((l) => (l.data ?? {}) as { request?: string; response?: string });

  /** NOT_PRINTED tickets of one product, in the order injection reads them. */
  const notPrinted = (product: string) =>
    database.prisma.ticket.findMany({
      where: { organizationId: orgId, status: "NOT_PRINTED", product: { code: product } },
      orderBy: { id: "asc" },
    });

  it("ticketIterationSize splits a run into calls of that many tickets", async () => {
    const tickets = await notPrinted("LSE-PASS");
    expect(tickets.length).toBeGreaterThanOrEqual(5);
    await parameters({ ticketIterationSize: "2" });
    const execution = await run("TICKET_INJECTION", { ...PRINTER, products: ["LSE-PASS"], batchSize: 5 });
    expect(execution).toMatchObject({ status: "OK", acceptedCount: 5 });
    const sent = injectCalls(execution.logs).map((call) =>
      (JSON.parse(call.request!) as { tickets: { ticketId: string }[] }).tickets.map((t) => t.ticketId),
    );
    // Calls may run side by side: compared in ticket order, whatever order they ended in.
    const position = (taxNumber: string) => tickets.findIndex((t) => t.taxNumber === taxNumber);
    expect(sent.sort((a, b) => position(a[0]!) - position(b[0]!))).toEqual([
      tickets.slice(0, 2).map((t) => t.taxNumber),
      tickets.slice(2, 4).map((t) => t.taxNumber),
      [tickets[4]!.taxNumber],
    ]);
  });

  it("maxLengthDumpedCallsInKbs cuts the dumped bodies to that size; 0 keeps the line without bodies", async () => {
    await parameters({ maxLengthDumpedCallsInKbs: "1" });
    const cut = await run("TICKET_INJECTION", { ...PRINTER, products: ["LSE-PARKING"], batchSize: 4 });
    expect(cut.acceptedCount).toBe(4);
    const [call] = injectCalls(cut.logs);
    // Four tickets make a request body of a few KB: cut at 1 KB, its full length said.
    expect(call!.request).toMatch(/^\{"tickets":\[\{.{1000,}… \(\d{4,} bytes\)$/s);
    expect(call!.request!.indexOf("…")).toBe(1024);
    expect(call!.response!.length).toBeLessThanOrEqual(1024 + 20);

    await parameters({ maxLengthDumpedCallsInKbs: "0" });
    const none = await run("TICKET_INJECTION", { ...PRINTER, products: ["LSE-PARKING"], batchSize: 1 });
    expect(none.acceptedCount).toBe(1);
    expect(injectCalls(none.logs)).toEqual([{}]);
  });

  /** Cancelled or invalidated tickets "already in TIXNGO" (on both sides), with the reason each one has. */
  async function invalidatedInTixngo(reasons: ("REPRINT" | "RESALE")[]) {
    const tickets = await database.prisma.ticket.findMany({
      where: { organizationId: orgId, status: "INVALIDATED", tixngoStatus: null },
      orderBy: { id: "asc" },
      take: reasons.length,
    });
    for (const [index, t] of tickets.entries()) {
      await database.prisma.ticket.update({
        where: { id: t.id },
        data: { tixngoStatus: "INJECTED", invalidationReason: reasons[index], pushPending: true },
      });
      sim.state.insertTicket("LSE", {
        ticketId: t.taxNumber,
        taxNumber: t.taxNumber,
        eventId: "EV",
        kind: "TICKET",
        holder: ANNA,
      });
    }
    return tickets.map((t) => t.taxNumber);
  }

  it("visibilityFlagDefaultValue is what TIXNGO is told when neither the reason nor the schedule says otherwise", async () => {
    const shown = await invalidatedInTixngo(["REPRINT"]);
    await parameters({ visibilityFlagDefaultValue: "true" });
    expect((await run("PUSH_CANCELLED_TICKETS", { notifySpectator: false })).acceptedCount).toBeGreaterThanOrEqual(1);
    expect(sim.state.getTicket("LSE", shown[0]!)?.invalidation?.showDeletedTicket).toBe(true);

    const hidden = await invalidatedInTixngo(["REPRINT"]);
    await parameters({ visibilityFlagDefaultValue: "false" });
    await run("PUSH_CANCELLED_TICKETS", { notifySpectator: false });
    expect(sim.state.getTicket("LSE", hidden[0]!)?.invalidation?.showDeletedTicket).toBe(false);
  });

  it("enableTicketDistributionToCulturalContact=false: statuses and owners follow TIXNGO, contacts and distribution do not", async () => {
    const ticket = (
      await database.prisma.ticket.findMany({
        where: { organizationId: orgId, status: "PRINTED", tixngoStatus: null },
        orderBy: { id: "asc" },
        take: 1,
      })
    )[0]!;
    const carla = "carla.off@example.org";
    sim.state.insertTicket("LSE", {
      ticketId: ticket.taxNumber,
      taxNumber: ticket.taxNumber,
      eventId: "EV",
      kind: "TICKET",
      holder: ANNA,
    });
    sim.state.spectatorAction("LSE", ticket.taxNumber, { type: "download" });
    sim.state.spectatorAction("LSE", ticket.taxNumber, { type: "transfer", recipientEmail: carla });
    sim.state.spectatorAction("LSE", ticket.taxNumber, {
      type: "accept",
      recipient: { firstName: "Carla", lastName: "Off", email: carla },
    });
    await parameters({ enableTicketDistributionToCulturalContact: "false" });
    const execution = await run("RETRIEVE_TICKET_STATUS", { batchSize: 10_000 });
    expect(["OK", "WARNING"]).toContain(execution.status);
    expect(await database.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      tixngoStatus: "TRANSFERRED",
      tixngoOwnerEmail: carla,
      culturalContactId: ticket.culturalContactId,
    });
    expect(await database.prisma.ticketTransaction.count({ where: { ticketId: ticket.id } })).toBe(4);
    expect(await database.prisma.distributionEntry.count({ where: { ticketId: ticket.id } })).toBe(0);
    expect(await database.prisma.contact.count({ where: { organizationId: orgId, email: carla } })).toBe(0);
  });
});
