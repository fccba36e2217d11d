import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startSimulator, type TSimulator } from "@/simulator/server";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { startSmtpCapture } from "@/tools/smtp-capture";
import { startEngine, type TEngine } from "./engine";
import { RunRefusedError, startExecution } from "./start-execution";
import { sweepStaleRuns } from "./sweep-stale-runs";

async function waitForEnd(database: TDatabase, executionId: number, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const execution = await database.prisma.execution.findUniqueOrThrow({ where: { id: executionId } });
    if (!["QUEUED", "RUNNING"].includes(execution.status)) return execution;
    if (Date.now() > deadline) throw new Error(`execution ${executionId} still ${execution.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(DATABASE_KINDS)("engine on %s", (kind) => {
  let database: TDatabase;
  let sim: TSimulator;
  let engine: TEngine;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  let lse: { orgId: string; scheduleId: string; interfaceId: string };
  let gvaScheduleId: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    process.env.SMTP_URL = smtp.url;
    sim = await startSimulator({
      port: 0,
      quiet: true,
      keys: [
        ["LSE", "demo-key-lse"],
        ["GVA", "demo-key-gva"],
      ],
    });
    database = await openTestDatabase(kind);
    await seedDemo(database.prisma, { tixngoUrl: sim.apiUrl });
    const prisma = database.prisma;
    const make = async (code: string) => {
      const org = await prisma.organization.findUniqueOrThrow({ where: { code }, include: { interfaces: true } });
      const schedule = await prisma.schedule.create({
        data: {
          organizationId: org.id,
          interfaceId: org.interfaces[0]!.id,
          function: "RETRIEVE_TICKET_STATUS",
          name: "Feedback",
          launchMode: "MANUAL",
          settings: { batchSize: 50, skipTaxNumbers: [] },
        },
      });
      return { orgId: org.id, scheduleId: schedule.id, interfaceId: org.interfaces[0]!.id };
    };
    lse = await make("LSE");
    gvaScheduleId = (await make("GVA")).scheduleId;
    engine = await startEngine(database, {
      work: true,
      pollingIntervalSeconds: 0.5,
      run: { tixngo: { backoffMs: 20 } },
    });
  });
  afterAll(async () => {
    await engine?.stop();
    await database?.close();
    await sim?.close();
    await smtp?.close();
  });

  it("runs retrieve-status end to end: ticket states, transaction log, pagination key", async () => {
    const prisma = database.prisma;
    // Three LSE tickets live their life in TIXNGO (the simulator).
    const tickets = await prisma.ticket.findMany({
      where: { organizationId: lse.orgId, status: "PRINTED" },
      take: 3,
      orderBy: { id: "asc" },
    });
    const spectator = { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" };
    sim.state.putEvent("LSE", {
      id: "EV",
      name: "Match",
      startTime: "2026-12-01T19:30:00+01:00",
      address: { site: "S", city: "Lausanne", countryCode: "CH", zip: "1018" },
    });
    for (const t of tickets)
      sim.state.insertTicket("LSE", {
        ticketId: t.taxNumber,
        taxNumber: t.taxNumber,
        eventId: "EV",
        kind: "TICKET",
        holder: spectator,
      });
    sim.state.insertTicket("LSE", {
      ticketId: "NOT-IN-S360",
      taxNumber: "NOT-IN-S360",
      eventId: "EV",
      kind: "TICKET",
      holder: spectator,
    });
    const [a, b] = tickets;
    sim.state.spectatorAction("LSE", a!.taxNumber, { type: "download" });
    sim.state.spectatorAction("LSE", a!.taxNumber, { type: "transfer", recipientEmail: "bob@example.com" });
    sim.state.spectatorAction("LSE", a!.taxNumber, {
      type: "accept",
      recipient: { firstName: "Bob", lastName: "Favre", email: "bob@example.com" },
    });
    sim.state.spectatorAction("LSE", b!.taxNumber, { type: "download" });
    sim.state.spectatorAction("LSE", b!.taxNumber, { type: "activate", method: "BT" });

    const { executionId } = await startExecution(prisma, engine.enqueue, {
      organizationId: lse.orgId,
      scheduleId: lse.scheduleId,
      trigger: "MANUAL",
    });
    const ended = await waitForEnd(database, executionId);
    // 9 changes: 4 injections + 5 actions; the unknown ticket is skipped, so WARNING.
    expect(ended).toMatchObject({ status: "WARNING", readCount: 9, acceptedCount: 8, skippedCount: 1 });
    const updatedA = await prisma.ticket.findUniqueOrThrow({ where: { id: a!.id } });
    expect(updatedA).toMatchObject({
      tixngoStatus: "TRANSFERRED",
      tixngoOwnerEmail: "bob@example.com",
      status: "PRINTED",
    });
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: b!.id } })).tixngoStatus).toBe("BT_ACTIVATED");
    expect(await prisma.ticketTransaction.count({ where: { ticketId: a!.id } })).toBe(4);
    // §6.6: the accepted transfer is one CONFIRMED distribution, the recipient the new cultural contact.
    const entries = await prisma.distributionEntry.findMany({
      where: { ticketId: a!.id },
      include: { newContact: true },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      status: "CONFIRMED",
      oldContactId: a!.culturalContactId,
      newContact: { email: "bob@example.com", firstName: "Bob", temporary: false, origin: "TIXNGO_DISTRIBUTION" },
    });
    expect(updatedA.culturalContactId).toBe(entries[0]!.newContactId);
    const schedule = await prisma.schedule.findUniqueOrThrow({ where: { id: lse.scheduleId } });
    expect(schedule.paginationKey).toBe(ended.paginationKeyAfter);
    expect(await prisma.activeRun.count()).toBe(0);

    // The next run starts from the stored key: only the new change.
    sim.state.spectatorAction("LSE", b!.taxNumber, { type: "control" });
    const second = await waitForEnd(
      database,
      (
        await startExecution(prisma, engine.enqueue, {
          organizationId: lse.orgId,
          scheduleId: lse.scheduleId,
          trigger: "MANUAL",
        })
      ).executionId,
    );
    expect(second).toMatchObject({ status: "OK", readCount: 1, paginationKeyBefore: schedule.paginationKey });
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: b!.id } })).tixngoStatus).toBe("CONTROLLED");
  });

  it("mirrors a transfer across runs: PENDING with a temporary contact, then CONFIRMED with its details, never duplicated", async () => {
    const prisma = database.prisma;
    const ticket = (
      await prisma.ticket.findMany({
        where: { organizationId: lse.orgId, status: "PRINTED" },
        orderBy: { id: "asc" },
        skip: 3,
        take: 1,
      })
    )[0]!;
    const carla = "carla.new@example.org";
    sim.state.insertTicket("LSE", {
      ticketId: ticket.taxNumber,
      taxNumber: ticket.taxNumber,
      eventId: "EV",
      kind: "TICKET",
      holder: { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" },
    });
    sim.state.spectatorAction("LSE", ticket.taxNumber, { type: "download" });
    sim.state.spectatorAction("LSE", ticket.taxNumber, { type: "transfer", recipientEmail: carla });
    const run = async () =>
      waitForEnd(
        database,
        (
          await startExecution(prisma, engine.enqueue, {
            organizationId: lse.orgId,
            scheduleId: lse.scheduleId,
            trigger: "MANUAL",
          })
        ).executionId,
      );
    await run();
    let entries = await prisma.distributionEntry.findMany({
      where: { ticketId: ticket.id },
      include: { newContact: true },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      status: "PENDING",
      newContact: { email: carla, firstName: "Pending", lastName: "CREATION", temporary: true },
    });
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).culturalContactId).toBe(
      ticket.culturalContactId,
    );

    sim.state.spectatorAction("LSE", ticket.taxNumber, {
      type: "accept",
      recipient: {
        firstName: "Carla",
        lastName: "Neu",
        email: carla,
        organizerSpectatorPreference: { allowPromoEmail: false, allowThirdPartyEmail: true },
      },
    });
    await run();
    entries = await prisma.distributionEntry.findMany({
      where: { ticketId: ticket.id },
      include: { newContact: true },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      status: "CONFIRMED",
      resolvedAt: expect.any(Date),
      newContact: { firstName: "Carla", lastName: "Neu", temporary: false, consentThirdPartyEmail: true },
    });
    expect(await prisma.contact.count({ where: { organizationId: lse.orgId, email: carla } })).toBe(1);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).culturalContactId).toBe(
      entries[0]!.newContactId,
    );
  });

  it("another organization's Run now waits its turn visibly and runs next; the same schedule's is refused", async () => {
    const prisma = database.prisma;
    const gva = await prisma.schedule.findUniqueOrThrow({ where: { id: gvaScheduleId } });
    sim.faults.set("diff", { latencyMs: 1500 });
    let waitingId: number;
    try {
      const { executionId } = await startExecution(prisma, engine.enqueue, {
        organizationId: lse.orgId,
        scheduleId: lse.scheduleId,
        trigger: "MANUAL",
      });
      const waiting = await startExecution(prisma, engine.enqueue, {
        organizationId: gva.organizationId,
        scheduleId: gvaScheduleId,
        trigger: "MANUAL",
      });
      expect(waiting.waiting).toBe(true);
      waitingId = waiting.executionId;
      expect(await prisma.execution.findUniqueOrThrow({ where: { id: waitingId } })).toMatchObject({
        status: "QUEUED",
        message: expect.stringMatching(/^Waiting for its turn: .*another organization's run is (queued|running)/),
      });
      // A second press while it waits, and the running schedule's own: refused with the reason.
      await expect(
        startExecution(prisma, engine.enqueue, {
          organizationId: gva.organizationId,
          scheduleId: gvaScheduleId,
          trigger: "MANUAL",
        }),
      ).rejects.toThrow(new RegExp(`Execution #${waitingId} of "Feedback" is already waiting for its turn`));
      await expect(
        startExecution(prisma, engine.enqueue, {
          organizationId: lse.orgId,
          scheduleId: lse.scheduleId,
          trigger: "MANUAL",
        }),
      ).rejects.toThrow(new RegExp(`Execution #${executionId} of "Feedback" is still`));
      await waitForEnd(database, executionId);
    } finally {
      sim.faults.reset();
    }
    // Released: the waiting run takes the claim without anyone pressing again.
    const ended = await waitForEnd(database, waitingId);
    expect(ended.status).toBe("OK");
    const logs = await prisma.executionLog.findMany({ where: { executionId: waitingId } });
    expect(logs.map((l) => l.message)).toContainEqual(expect.stringMatching(/^Its turn came after waiting \d+ s/));
  });

  it("refuses a run of another organization's schedule", async () => {
    const gva = await database.prisma.schedule.findUniqueOrThrow({ where: { id: gvaScheduleId } });
    await expect(
      startExecution(database.prisma, engine.enqueue, {
        organizationId: lse.orgId,
        scheduleId: gva.id,
        trigger: "MANUAL",
      }),
    ).rejects.toBeInstanceOf(RunRefusedError);
  });

  it("ends in ERROR when TIXNGO fails, keeps the key, and e-mails the failure address", async () => {
    const prisma = database.prisma;
    const before = await prisma.schedule.findUniqueOrThrow({ where: { id: lse.scheduleId } });
    sim.faults.set("diff", { forceStatus: 500 });
    try {
      const { executionId } = await startExecution(prisma, engine.enqueue, {
        organizationId: lse.orgId,
        scheduleId: lse.scheduleId,
        trigger: "MANUAL",
      });
      const ended = await waitForEnd(database, executionId, 30_000);
      expect(ended.status).toBe("ERROR");
      expect(ended.message).toMatch(/TIXNGO call failed \(SERVER\)/);
      expect((await prisma.schedule.findUniqueOrThrow({ where: { id: lse.scheduleId } })).paginationKey).toBe(
        before.paginationKey,
      );
      const deadline = Date.now() + 5000;
      const subject = `[S-360 ↔ TIXNGO] ERROR: Feedback (execution #${executionId})`;
      while (!smtp.mails.some((m) => m.subject === subject) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      const mail = smtp.mails.find((m) => m.subject === subject);
      expect(mail?.to).toEqual(["ops@lausanne.demo"]);
      expect(mail?.text).toMatch(/ended with status ERROR/);
      expect(mail?.text).toMatch(/TIXNGO call failed \(SERVER\)/);
      expect(mail?.raw).not.toContain("demo-key-lse");
      const logs = await prisma.executionLog.findMany({ where: { executionId } });
      // Each retry says which attempt of how many, and the time spent; the end says when it gave up.
      expect(logs.map((l) => l.message).join("\n")).toMatch(/attempt 4 of 5, [\d.]+ s so far\).*Retrying in/);
      expect(ended.message).toMatch(/gave up after 5 attempt\(s\)/);
      // Each exchange is dumped (maxLengthDumpedCallsInKbs), the key never.
      expect(logs.filter((l) => l.message.startsWith("GET tickets/diff → 500"))).toHaveLength(5);
      expect(JSON.stringify(logs.map((l) => [l.message, l.data]))).not.toContain("demo-key-lse");
    } finally {
      sim.faults.reset();
    }
  });

  it("e-mails a failing schedule once, stays quiet while it keeps failing, and says when it recovered", async () => {
    const prisma = database.prisma;
    const run = async () =>
      waitForEnd(
        database,
        (
          await startExecution(prisma, engine.enqueue, {
            organizationId: lse.orgId,
            scheduleId: lse.scheduleId,
            trigger: "MANUAL",
          })
        ).executionId,
        30_000,
      );
    const mailsFor = (id: number) => smtp.mails.filter((m) => m.subject.includes(`(execution #${id})`));
    const waitForMail = async (id: number) => {
      const deadline = Date.now() + 5000;
      while (mailsFor(id).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      return mailsFor(id);
    };
    // The previous test left the schedule failing (its ERROR was e-mailed).
    expect((await prisma.schedule.findUniqueOrThrow({ where: { id: lse.scheduleId } })).failingSince).not.toBeNull();
    sim.faults.set("diff", { forceStatus: 500 });
    let again;
    try {
      again = await run();
    } finally {
      sim.faults.reset();
    }
    expect(again.status).toBe("ERROR");
    // The e-mail step follows the end of the run.
    const deadline = Date.now() + 5000;
    let quiet: { message: string }[] = [];
    while (Date.now() < deadline && !quiet.some((l) => l.message.startsWith("No failure e-mail"))) {
      quiet = await prisma.executionLog.findMany({ where: { executionId: again.id } });
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(quiet.map((l) => l.message).join("\n")).toMatch(/No failure e-mail: .* reminder goes out at most daily/);
    expect(mailsFor(again.id)).toEqual([]);
    expect((await prisma.schedule.findUniqueOrThrow({ where: { id: lse.scheduleId } })).failuresSinceMail).toBe(1);

    const recovered = await run();
    expect(recovered.status).toBe("OK");
    const [mail] = await waitForMail(recovered.id);
    expect(mail?.subject).toBe(`[S-360 ↔ TIXNGO] RECOVERED: Feedback (execution #${recovered.id})`);
    expect(mail?.text).toMatch(/works again: execution #\d+ ended with status OK \(failing since /);
    expect(await prisma.schedule.findUniqueOrThrow({ where: { id: lse.scheduleId } })).toMatchObject({
      failingSince: null,
      failuresSinceMail: 0,
    });
  });

  it("ends a run whose process died (no heartbeat) and releases its claim", async () => {
    const prisma = database.prisma;
    const execution = await prisma.execution.create({
      data: {
        organizationId: lse.orgId,
        scheduleId: lse.scheduleId,
        function: "RETRIEVE_TICKET_STATUS",
        trigger: "MANUAL",
        status: "RUNNING",
        startedAt: new Date(Date.now() - 120_000),
        heartbeatAt: new Date(Date.now() - 120_000),
      },
    });
    await prisma.activeRun.create({ data: { key: "RETRIEVE_TICKET_STATUS", executionId: execution.id } });
    expect(await sweepStaleRuns(prisma)).toEqual([execution.id]);
    expect(await prisma.execution.findUniqueOrThrow({ where: { id: execution.id } })).toMatchObject({
      status: "ERROR",
      message: expect.stringMatching(/stopped responding/),
    });
    expect(await prisma.activeRun.count()).toBe(0);
  });
});
