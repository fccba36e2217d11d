// Three organizations, each with an automatic retrieve-status every minute,
// over ten slots: the one feedback claim makes them wait in line, never skip,
// so every organization gets a run per slot and its feed lag stays under two
// slots. Slots are simulated (fireDueSchedules with the slot's time); the runs
// are real (pg-boss worker, simulator over HTTP, real database).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { DEMO_ORGANIZATIONS, type TDemoOrganization } from "@/lib/seed/demo-data";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startSimulator, type TSimulator } from "@/simulator/server";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { startEngine, type TEngine } from "./engine";
import { fireDueSchedules } from "./fire-due-schedules";

const BSL: TDemoOrganization = {
  code: "BSL",
  name: "Basel Stadium Club",
  domain: "basel.demo",
  city: { site: "St. Jakob", siteCode: "JAKOB", city: "Basel", zip: "4052", line1: "St. Jakobs-Strasse 395" },
  files: 20,
  contacts: 20,
};
const CODES = ["LSE", "GVA", "BSL"];
const SLOTS = 10;

describe.each(DATABASE_KINDS)("fair feedback on %s", (kind) => {
  let database: TDatabase;
  let sim: TSimulator;
  let engine: TEngine;
  const orgs: { code: string; orgId: string; scheduleId: string; taxNumber: string; ticketId: number }[] = [];
  // Far enough ahead that the real minute tick never finds these schedules due.
  const firstSlot = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 24 * 3_600_000);

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, quiet: true, keys: CODES.map((c) => [c, `demo-key-${c.toLowerCase()}`]) });
    database = await openTestDatabase(kind);
    await seedDemo(database.prisma, { tixngoUrl: sim.apiUrl, organizations: [...DEMO_ORGANIZATIONS, BSL] });
    for (const code of CODES) {
      const org = await database.prisma.organization.findUniqueOrThrow({
        where: { code },
        include: { interfaces: true },
      });
      const ticket = await database.prisma.ticket.findFirstOrThrow({
        where: { organizationId: org.id, status: "PRINTED" },
        orderBy: { id: "asc" },
      });
      const schedule = await database.prisma.schedule.create({
        data: {
          organizationId: org.id,
          interfaceId: org.interfaces[0]!.id,
          function: "RETRIEVE_TICKET_STATUS",
          name: "Feedback",
          launchMode: "AUTOMATIC",
          frequencyMinutes: 1,
          startAt: firstSlot,
          endAt: new Date(firstSlot.getTime() + 24 * 3_600_000),
          nextRunAt: firstSlot,
        },
      });
      sim.state.putEvent(code, {
        id: "EV",
        name: "Match",
        startTime: "2026-12-01T19:30:00+01:00",
        address: { site: "S", city: "C", countryCode: "CH", zip: "1000" },
      });
      sim.state.insertTicket(code, {
        ticketId: ticket.taxNumber,
        taxNumber: ticket.taxNumber,
        eventId: "EV",
        kind: "TICKET",
        holder: { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" },
      });
      sim.state.spectatorAction(code, ticket.taxNumber, { type: "download" });
      orgs.push({ code, orgId: org.id, scheduleId: schedule.id, taxNumber: ticket.taxNumber, ticketId: ticket.id });
    }
    engine = await startEngine(database, { work: true, pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    await engine?.stop();
    await database?.close();
    await sim?.close();
  });

  it("every organization runs in every slot, oldest waiting first, and its lag stays under two slots", async () => {
    const prisma = database.prisma;
    // Each read takes a while, so the three runs of a slot really compete for the claim.
    sim.faults.set("diff", { latencyMs: 150 });
    const lagInSlots: Record<string, number[]> = Object.fromEntries(CODES.map((c) => [c, []]));
    const lastSequence: Record<string, number> = {};
    try {
      for (let slot = 0; slot < SLOTS; slot++) {
        const now = new Date(firstSlot.getTime() + slot * 60_000);
        for (const org of orgs) {
          const change = sim.state.spectatorAction(org.code, org.taxNumber, {
            type: slot % 2 === 0 ? "activate" : "deactivate",
            ...(slot % 2 === 0 ? { method: "BT" as const } : {}),
          } as Parameters<TSimulator["state"]["spectatorAction"]>[2]);
          if (!change.ok) throw new Error(change.reason);
          lastSequence[org.code] = change.change.sequence;
        }
        const started = await fireDueSchedules(prisma, engine.enqueue, now);
        expect(started).toHaveLength(3);
        // The slot's runs end (one after the other) well within the minute.
        const deadline = Date.now() + 30_000;
        while (await prisma.execution.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })) {
          if (Date.now() > deadline) throw new Error(`slot ${slot}: runs still active`);
          await new Promise((r) => setTimeout(r, 100));
        }
        // Feed lag: how many slots' changes are still unread in TIXNGO.
        for (const org of orgs) {
          const ticket = await prisma.ticket.findUniqueOrThrow({ where: { id: org.ticketId } });
          lagInSlots[org.code]!.push(ticket.tixngoLastSequence === BigInt(lastSequence[org.code]!) ? 0 : 1);
        }
      }
    } finally {
      sim.faults.reset();
    }
    for (const org of orgs) {
      const executions = await prisma.execution.findMany({ where: { scheduleId: org.scheduleId } });
      expect(executions.map((e) => e.status)).toEqual(Array(SLOTS).fill("OK"));
      expect(Math.max(...lagInSlots[org.code]!)).toBeLessThan(2);
    }
    // They did compete: some runs waited for their turn, and said so.
    expect(
      await prisma.executionLog.count({ where: { message: { startsWith: "Its turn came after waiting" } } }),
    ).toBeGreaterThanOrEqual(SLOTS);
    expect(await prisma.execution.count({ where: { status: "SKIPPED" } })).toBe(0);
  });

  it("a slot whose previous run is still waiting is recorded as SKIPPED with the reason", async () => {
    const prisma = database.prisma;
    const [a, b] = orgs;
    const now = new Date(firstSlot.getTime() + SLOTS * 60_000);
    sim.faults.set("diff", { latencyMs: 2000 });
    try {
      await prisma.schedule.updateMany({
        where: { id: { in: [a!.scheduleId, b!.scheduleId] } },
        data: { nextRunAt: now },
      });
      await fireDueSchedules(prisma, engine.enqueue, now);
      // b waits behind a; its next slot comes while it still waits.
      await prisma.schedule.update({ where: { id: b!.scheduleId }, data: { nextRunAt: now } });
      await fireDueSchedules(prisma, engine.enqueue, now);
      const skipped = await prisma.execution.findFirstOrThrow({
        where: { scheduleId: b!.scheduleId, status: "SKIPPED" },
      });
      expect(skipped.message).toMatch(
        /^The .* UTC slot was skipped: Execution #\d+ of "Feedback" is already waiting for its turn/,
      );
      const deadline = Date.now() + 30_000;
      while (await prisma.execution.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })) {
        if (Date.now() > deadline) throw new Error("runs still active");
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      sim.faults.reset();
    }
  });
});
