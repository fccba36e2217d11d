import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runExecution } from "@/lib/engine/run-execution";
import { startExecution } from "@/lib/engine/start-execution";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { cancelTickets } from "@/lib/tickets/operations/cancel-tickets";
import { checkTicket } from "@/lib/tickets/operations/check-ticket";
import type { TSimulator } from "@/simulator/server";
import { DATABASE_KINDS } from "@/test/databases";
import { openSeededOrganization } from "@/test/seeded-organization";

describe.each(DATABASE_KINDS)("push cancelled and push controlled on %s", (kind) => {
  let database: TDatabase;
  let sim: TSimulator;
  let orgId: string;
  let interfaceId: string;
  let user: TCurrentUser;
  const spectator = { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" };

  beforeAll(async () => {
    // The deletion is confirmed long after the test looks: DELETION_PENDING is what a run leaves, whatever the load.
    ({
      database,
      sim,
      orgId,
      interfaceId,
      operator: user,
    } = await openSeededOrganization(kind, { deletionDelayMs: 60_000 }));
    sim.state.putEvent("LSE", {
      id: "EV",
      name: "x",
      startTime: "2026-12-01T10:00:00Z",
      address: { site: "s", city: "c", countryCode: "CH", zip: "1" },
    });
  });
  afterAll(async () => {
    await database.close();
    await sim.close();
  });

  /** Puts some tickets "in TIXNGO" on both sides, as an injection would have. */
  async function inTixngo(status: "CANCELLED" | "INVALIDATED" | "CONTROLLED" | "PRINTED", count: number) {
    const tickets = await database.prisma.ticket.findMany({
      where: { organizationId: orgId, status, tixngoStatus: null },
      take: count,
      orderBy: { id: "asc" },
    });
    for (const t of tickets)
      sim.state.insertTicket("LSE", {
        ticketId: t.taxNumber,
        taxNumber: t.taxNumber,
        eventId: "EV",
        kind: "TICKET",
        holder: spectator,
      });
    await database.prisma.ticket.updateMany({
      where: { id: { in: tickets.map((t) => t.id) } },
      // Injected before it reached this state, which TIXNGO has not heard of yet.
      data: { tixngoStatus: "INJECTED", pushPending: status !== "PRINTED" },
    });
    return tickets;
  }

  async function run(
    name: string,
    fn: "PUSH_CANCELLED_TICKETS" | "PUSH_CONTROLLED_TICKETS",
    settings: Prisma.InputJsonObject = {},
  ) {
    const schedule =
      (await database.prisma.schedule.findFirst({ where: { organizationId: orgId, name } })) ??
      (await database.prisma.schedule.create({
        data: { organizationId: orgId, interfaceId, function: fn, name, launchMode: "MANUAL", settings },
      }));
    if (Object.keys(settings).length)
      await database.prisma.schedule.update({ where: { id: schedule.id }, data: { settings } });
    const { executionId } = await startExecution(database.prisma, async () => {}, {
      organizationId: orgId,
      scheduleId: schedule.id,
      trigger: "MANUAL",
    });
    await runExecution({ prisma: database.prisma }, executionId);
    return database.prisma.execution.findUniqueOrThrow({ where: { id: executionId }, include: { items: true } });
  }

  it("pushes controlled tickets once; tickets never in TIXNGO are skipped", async () => {
    const sent = await inTixngo("CONTROLLED", 3);
    const neverSent = await database.prisma.ticket.count({
      where: { organizationId: orgId, status: "CONTROLLED", tixngoStatus: null },
    });
    const first = await run("Push controlled", "PUSH_CONTROLLED_TICKETS");
    expect(first).toMatchObject({
      status: neverSent > 0 ? "WARNING" : "OK",
      acceptedCount: 3,
      skippedCount: neverSent,
    });
    for (const t of sent) expect(sim.state.getTicket("LSE", t.taxNumber)?.status).toBe("CONTROLLED");
    const second = await run("Push controlled", "PUSH_CONTROLLED_TICKETS");
    expect(second.sentCount).toBe(0);
  });

  it("pushes cancelled tickets with showDeletedTicket, again only when the reason changes, and forced ones", async () => {
    const tickets = await inTixngo("INVALIDATED", 2);
    // Reasons set here, not left to the demo data: one ticket takes the override path, the other does not.
    for (const [ticket, reason] of [
      [tickets[0]!, "RESALE"],
      [tickets[1]!, "REPRINT"],
    ] as const) {
      await database.prisma.ticket.update({ where: { id: ticket.id }, data: { invalidationReason: reason } });
      ticket.invalidationReason = reason;
    }
    await database.prisma.interface.update({
      where: { id: interfaceId },
      data: { customParameters: [{ key: "overrideVisibilityFlagForInvalidationReasons", value: "RESALE" }] },
    });
    const first = await run("Push cancelled", "PUSH_CANCELLED_TICKETS", { notifySpectator: false });
    expect(first.acceptedCount).toBe(2);
    const [resale, reprint] = tickets.map((t) => sim.state.getTicket("LSE", t.taxNumber)!);
    expect(resale!.status).toBe("DELETION_PENDING");
    expect(resale!.invalidation).toMatchObject({ reason: "RESALE", showDeletedTicket: true });
    expect(reprint!.invalidation).toMatchObject({ reason: "REPRINT", showDeletedTicket: false });
    // Nothing new: nothing sent.
    expect((await run("Push cancelled", "PUSH_CANCELLED_TICKETS", { notifySpectator: false })).sentCount).toBe(0);
    // A new reason is sent again; a forced ticket is sent even though processed.
    const newReason = "REPRINT";
    await database.prisma.ticket.update({
      where: { id: tickets[0]!.id },
      // As an S-360 operation writes it: a new state, not yet sent.
      data: {
        invalidationReason: newReason,
        statusChangedAt: new Date(),
        pushPending: true,
        stateVersion: { increment: 1 },
      },
    });
    const third = await run("Push cancelled", "PUSH_CANCELLED_TICKETS", { forceTaxNumbers: [tickets[1]!.taxNumber] });
    expect(
      third.items
        .filter((i) => i.outcome === "ACCEPTED")
        .map((i) => i.taxNumber)
        .sort(),
    ).toEqual([tickets[0]!.taxNumber, tickets[1]!.taxNumber].sort());
    expect(
      (await database.prisma.ticket.findUniqueOrThrow({ where: { id: tickets[0]!.id } })).pushedInvalidationReason,
    ).toBe(newReason);
  });

  it("stays in ERROR on rejected tickets; successes are not resent; the failures come back", async () => {
    const [ok, missing] = await inTixngo("CANCELLED", 2);
    // One of them is unknown to TIXNGO: it will be rejected.
    sim.state.reset();
    sim.state.putEvent("LSE", {
      id: "EV",
      name: "x",
      startTime: "2026-12-01T10:00:00Z",
      address: { site: "s", city: "c", countryCode: "CH", zip: "1" },
    });
    sim.state.insertTicket("LSE", {
      ticketId: ok!.taxNumber,
      taxNumber: ok!.taxNumber,
      eventId: "EV",
      kind: "TICKET",
      holder: spectator,
    });
    const first = await run("Push cancelled 2", "PUSH_CANCELLED_TICKETS", { skipTaxNumbers: [] });
    expect(first.status).toBe("ERROR");
    expect(first.items.find((i) => i.taxNumber === missing!.taxNumber)).toMatchObject({
      outcome: "REJECTED",
      reason: expect.stringContaining("NOT_FOUND"),
    });
    const second = await run("Push cancelled 2", "PUSH_CANCELLED_TICKETS", { skipTaxNumbers: [missing!.taxNumber] });
    expect(second.items.map((i) => [i.taxNumber, i.outcome])).toContainEqual([missing!.taxNumber, "SKIPPED"]);
    expect(second.items.some((i) => i.taxNumber === ok!.taxNumber)).toBe(false);
  });

  async function cancel(ids: number[]) {
    await cancelTickets(database.prisma, user, {
      selection: { ticketIds: ids },
      reason: "Event moved",
      expected: ids.length,
    });
  }

  it("batch size 1 over three runs sends all three cancelled tickets", async () => {
    const tickets = await inTixngo("PRINTED", 3);
    await cancel(tickets.map((t) => t.id));
    const sent: string[] = [];
    for (let i = 0; i < 3; i++) {
      const execution = await run("Push cancelled one by one", "PUSH_CANCELLED_TICKETS", { batchSize: 1 });
      expect(execution).toMatchObject({ status: "OK", acceptedCount: 1 });
      sent.push(execution.items[0]!.taxNumber);
    }
    expect(sent).toEqual(tickets.map((t) => t.taxNumber));
    for (const t of tickets) expect(sim.state.getTicket("LSE", t.taxNumber)?.invalidation?.reason).toBe("CANCELLED");
    const fourth = await run("Push cancelled one by one", "PUSH_CANCELLED_TICKETS");
    expect(fourth.items.filter((i) => sent.includes(i.taxNumber))).toEqual([]);
  });

  it("a ticket cancelled while a run waits on TIXNGO is sent by the next run; one changed in flight stays pending", async () => {
    const [first, during, changed] = await inTixngo("PRINTED", 3);
    const mine = [first!.taxNumber, during!.taxNumber, changed!.taxNumber];
    await cancel([first!.id]);
    await checkTicket(database.prisma, user, { ticketId: changed!.id, reason: "Gate 3 scan" });
    sim.faults.set("invalidate", { latencyMs: 1500 });
    sim.faults.set("control", { latencyMs: 1500 });
    try {
      const running = Promise.all([
        run("Push cancelled while waiting", "PUSH_CANCELLED_TICKETS"),
        run("Push controlled while waiting", "PUSH_CONTROLLED_TICKETS"),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 700));
      // While both calls are in flight: a new cancellation, and the controlled ticket cancelled.
      await cancel([during!.id, changed!.id]);
      const [cancelRun, controlRun] = await running;
      expect(cancelRun.items.filter((i) => mine.includes(i.taxNumber)).map((i) => i.taxNumber)).toEqual([
        first!.taxNumber,
      ]);
      expect(controlRun.items.map((i) => [i.taxNumber, i.outcome])).toEqual([[changed!.taxNumber, "ACCEPTED"]]);
    } finally {
      sim.faults.reset();
    }
    const next = await run("Push cancelled while waiting", "PUSH_CANCELLED_TICKETS");
    expect(
      next.items
        .filter((i) => mine.includes(i.taxNumber))
        .map((i) => [i.taxNumber, i.outcome])
        .sort(),
    ).toEqual(
      [
        [during!.taxNumber, "ACCEPTED"],
        [changed!.taxNumber, "ACCEPTED"],
      ].sort(),
    );
    expect(
      await database.prisma.ticket.count({
        where: { id: { in: [first!.id, during!.id, changed!.id] }, pushPending: true },
      }),
    ).toBe(0);
  });

  it("a rejected ticket is retried on later runs without blocking the queue", async () => {
    // Whatever earlier tests left pending is settled first: this test needs a queue of its own two.
    await database.prisma.ticket.updateMany({ where: { organizationId: orgId }, data: { pushPending: false } });
    const [rejected, fine] = await inTixngo("PRINTED", 2);
    await cancel([rejected!.id, fine!.id]);
    sim.state.ticketsOf("LSE").delete(rejected!.taxNumber); // TIXNGO lost it: NOT_FOUND until fixed
    const one = await run("Push cancelled with a rejection", "PUSH_CANCELLED_TICKETS", { batchSize: 1 });
    expect(one.items.map((i) => [i.taxNumber, i.outcome])).toEqual([[rejected!.taxNumber, "REJECTED"]]);
    expect(one.status).toBe("ERROR");
    const two = await run("Push cancelled with a rejection", "PUSH_CANCELLED_TICKETS", { batchSize: 1 });
    expect(two.items.map((i) => [i.taxNumber, i.outcome])).toEqual([[fine!.taxNumber, "ACCEPTED"]]);
    const three = await run("Push cancelled with a rejection", "PUSH_CANCELLED_TICKETS", { batchSize: 1 });
    expect(three.items.map((i) => [i.taxNumber, i.outcome])).toEqual([[rejected!.taxNumber, "REJECTED"]]);
  });
});
