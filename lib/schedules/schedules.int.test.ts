import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { toCurrentUser, type TCurrentUser } from "@/lib/auth/to-current-user";
import type { TDatabase } from "@/lib/db/client";
import { fireDueSchedules } from "@/lib/engine/fire-due-schedules";
import { runExecution } from "@/lib/engine/run-execution";
import { startExecution } from "@/lib/engine/start-execution";
import { bumpRunningExecution, RunCancelledError, type TRunner } from "@/lib/functions/runner";
import { sweepStaleRuns } from "@/lib/engine/sweep-stale-runs";
import { deleteInterface, saveInterface } from "@/lib/interfaces/save-interface";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { scheduleFormValues } from "./schedule-form-values";
import { stageReplayFile } from "@/lib/functions/retrieve-ticket-status/stage-replay-file";
import { saveSchedule } from "./save-schedule";

async function userOf(database: TDatabase, email: string): Promise<TCurrentUser> {
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organization: true } });
  return toCurrentUser(user);
}

async function fieldErrorsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, fields: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe.each(DATABASE_KINDS)("schedules and interfaces on %s", (kind) => {
  let database: TDatabase;
  let lseOperator: TCurrentUser;
  let gvaAdmin: TCurrentUser;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await seedDemo(database.prisma);
    lseOperator = await userOf(database, "operator@lausanne.demo");
    gvaAdmin = await userOf(database, "admin@geneva.demo");
  });
  afterAll(async () => {
    await database.close();
  });

  it("saves an injection schedule and refuses codes outside the organization's catalog", async () => {
    const raw = {
      name: "Injection",
      launchMode: "MANUAL",
      enabled: "on",
      printerSalesChannel: "EXT",
      printerPointOfSale: "TIXNGO",
      products: ["LSE-MATCH"],
    };
    const { id } = await saveSchedule(database.prisma, lseOperator, { function: "TICKET_INJECTION", raw });
    const saved = await database.prisma.schedule.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ organizationId: lseOperator.organizationId, enabled: true, nextRunAt: null });
    expect(saved.settings).toMatchObject({ products: ["LSE-MATCH"], batchSize: 1000 });

    const refused = await fieldErrorsOf(
      saveSchedule(database.prisma, lseOperator, {
        function: "TICKET_INJECTION",
        raw: { ...raw, name: "Other", products: ["GVA-MATCH"], printerPointOfSale: "WEB-01" },
      }),
    );
    expect(refused.fields).toEqual({
      products: ["Unknown product: GVA-MATCH."],
      printerPointOfSale: ["Point of sale WEB-01 belongs to sales channel WEB."],
    });
    expect(await database.prisma.schedule.count({ where: { name: "Other" } })).toBe(0);
  });

  it("refuses a duplicate name in the organization and another organization's schedule", async () => {
    const dup = await fieldErrorsOf(
      saveSchedule(database.prisma, lseOperator, {
        function: "PUSH_CONTROLLED_TICKETS",
        raw: { name: "Injection", launchMode: "MANUAL" },
      }),
    );
    expect(dup.fields.name).toEqual(["Another schedule of your organization already has this name."]);
    const lse = await database.prisma.schedule.findFirstOrThrow({
      where: { organizationId: lseOperator.organizationId },
    });
    const foreign = await fieldErrorsOf(
      saveSchedule(database.prisma, gvaAdmin, {
        id: lse.id,
        function: lse.function,
        raw: { name: "Taken over", launchMode: "MANUAL" },
      }),
    );
    expect(foreign.message).toBe("This schedule does not exist in your organization.");
  });

  it("records a pagination key override in the audit log", async () => {
    const { id } = await saveSchedule(database.prisma, lseOperator, {
      function: "RETRIEVE_TICKET_STATUS",
      raw: { name: "Feedback", launchMode: "MANUAL", enabled: "on" },
    });
    await saveSchedule(database.prisma, lseOperator, {
      id,
      function: "RETRIEVE_TICKET_STATUS",
      raw: { name: "Feedback", launchMode: "MANUAL", enabled: "on", paginationKey: "abc.def" },
    });
    expect((await database.prisma.schedule.findUniqueOrThrow({ where: { id } })).paginationKey).toBe("abc.def");
    const audit = await database.prisma.auditLog.findFirstOrThrow({
      where: { entityId: id, action: "schedule.update" },
    });
    expect(audit.summary).toMatch(/overrode its pagination key/);
  });

  it("fires due automatic schedules once per slot and moves the next run on", async () => {
    const now = new Date();
    const { id } = await saveSchedule(database.prisma, lseOperator, {
      function: "PUSH_CONTROLLED_TICKETS",
      raw: {
        name: "Auto",
        launchMode: "AUTOMATIC",
        enabled: "on",
        frequencyMinutes: "5",
        startAt: new Date(now.getTime() - 3_600_000).toISOString(),
        endAt: new Date(now.getTime() + 3_600_000).toISOString(),
      },
    });
    const before = await database.prisma.schedule.findUniqueOrThrow({ where: { id } });
    expect(before.nextRunAt!.getTime()).toBeGreaterThan(now.getTime());
    const queued: number[] = [];
    const enqueue = async (executionId: number) => {
      queued.push(executionId);
    };
    const at = new Date(before.nextRunAt!.getTime() + 1000);
    // Two ticks at the same moment (two processes): one start.
    const [a, b] = await Promise.all([
      fireDueSchedules(database.prisma, enqueue, at),
      fireDueSchedules(database.prisma, enqueue, at),
    ]);
    expect([...a, ...b]).toHaveLength(1);
    expect(queued).toHaveLength(1);
    const after = await database.prisma.schedule.findUniqueOrThrow({ where: { id } });
    expect(after.nextRunAt!.getTime()).toBe(before.nextRunAt!.getTime() + 5 * 60_000);
    expect(await database.prisma.execution.findUniqueOrThrow({ where: { id: queued[0]! } })).toMatchObject({
      trigger: "AUTOMATIC",
      status: "QUEUED",
    });
  });

  it("reads typed times and the cron expression on the organization's clock (Europe/Zurich)", async () => {
    const { id } = await saveSchedule(database.prisma, lseOperator, {
      function: "PUSH_CONTROLLED_TICKETS",
      raw: {
        name: "Mornings",
        launchMode: "AUTOMATIC",
        enabled: "on",
        frequencyKind: "CRON",
        cron: "0 6 * * *",
        startAt: "2099-03-27T00:00",
        endAt: "2099-12-31T23:00",
        dateFrom: "2099-07-01T08:00",
      },
    });
    const saved = await database.prisma.schedule.findUniqueOrThrow({ where: { id } });
    expect(lseOperator.timeZone).toBe("Europe/Zurich");
    expect(saved.timeZone).toBe("Europe/Zurich");
    expect(saved.startAt?.toISOString()).toBe("2099-03-26T23:00:00.000Z");
    expect(saved.endAt?.toISOString()).toBe("2099-12-31T22:00:00.000Z");
    expect((saved.settings as { dateFrom: string }).dateFrom).toBe("2099-07-01T06:00:00.000Z");
    // 06:00 in Zurich: 05:00 UTC in winter time.
    expect(saved.nextRunAt?.toISOString()).toBe("2099-03-27T05:00:00.000Z");
    expect(scheduleFormValues(saved, lseOperator.timeZone)).toMatchObject({
      startAt: "2099-03-27T00:00",
      endAt: "2099-12-31T23:00",
      settings: { dateFrom: "2099-07-01T08:00" },
    });
  });

  it("cancels a running execution cleanly at its next step", async () => {
    const schedule = await database.prisma.schedule.findFirstOrThrow({
      where: { name: "Feedback", organizationId: lseOperator.organizationId },
    });
    const { executionId } = await startExecution(database.prisma, async () => {}, {
      organizationId: lseOperator.organizationId,
      scheduleId: schedule.id,
      trigger: "MANUAL",
    });
    // A runner that works in steps and honours the signal, as the real ones do between pages.
    const stepping: TRunner = async (ctx) => {
      for (let step = 0; step < 100; step++) {
        if (ctx.signal.aborted) throw new RunCancelledError();
        await database.prisma.execution.update({ where: { id: executionId }, data: { readCount: { increment: 1 } } });
        await new Promise((r) => setTimeout(r, 20));
      }
      return { status: "OK", message: "done" };
    };
    const run = runExecution(
      { prisma: database.prisma, heartbeatMs: 30, runners: { RETRIEVE_TICKET_STATUS: stepping } },
      executionId,
    );
    await new Promise((r) => setTimeout(r, 150));
    await database.prisma.execution.update({ where: { id: executionId }, data: { cancelRequestedAt: new Date() } });
    await run;
    const ended = await database.prisma.execution.findUniqueOrThrow({ where: { id: executionId } });
    expect(ended.status).toBe("CANCELLED");
    expect(ended.readCount).toBeGreaterThan(0);
    expect(ended.readCount).toBeLessThan(100);
    expect(await database.prisma.activeRun.count({ where: { executionId } })).toBe(0);
  });

  it("fences a run declared dead: its late page is rolled back, never written beside its successor", async () => {
    const schedule = await database.prisma.schedule.findFirstOrThrow({
      where: { name: "Feedback", organizationId: lseOperator.organizationId },
    });
    const { executionId } = await startExecution(database.prisma, async () => {}, {
      organizationId: lseOperator.organizationId,
      scheduleId: schedule.id,
      trigger: "MANUAL",
    });
    const ticket = await database.prisma.ticket.findFirstOrThrow({
      where: { organizationId: lseOperator.organizationId },
    });
    const stalled: TRunner = async () => {
      // The process stalls; meanwhile the sweep declares the run dead.
      await database.prisma.execution.update({
        where: { id: executionId },
        data: { heartbeatAt: new Date(Date.now() - 600_000) },
      });
      expect(await sweepStaleRuns(database.prisma)).toEqual([executionId]);
      await database.prisma.$transaction(async (tx) => {
        await tx.ticket.update({ where: { id: ticket.id }, data: { tixngoStatus: "DELETED" } });
        await bumpRunningExecution(tx, executionId, { readCount: { increment: 1 } });
      });
      return { status: "OK", message: "should not get here" };
    };
    await runExecution({ prisma: database.prisma, runners: { RETRIEVE_TICKET_STATUS: stalled } }, executionId);
    expect((await database.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).tixngoStatus).toBe(
      ticket.tixngoStatus,
    );
    expect(await database.prisma.execution.findUniqueOrThrow({ where: { id: executionId } })).toMatchObject({
      status: "ERROR",
      readCount: 0,
    });
  });

  it("refuses a broken replay file with its line, and processes a valid one without moving the key", async () => {
    const schedule = await database.prisma.schedule.findFirstOrThrow({
      where: { name: "Feedback", organizationId: lseOperator.organizationId },
    });
    const raw = { name: "Feedback", launchMode: "MANUAL", enabled: "on", paginationKey: schedule.paginationKey ?? "" };
    const broken = await fieldErrorsOf(
      stageReplayFile(database.prisma, lseOperator, { fileName: "bad.json", text: "[\n  {\n" }),
    );
    expect(broken.fields.replayFile?.[0]).toMatch(/^Line \d: not valid JSON/);
    expect(await database.prisma.stagedUpload.count()).toBe(0);
    // Another user's staged file cannot be named.
    const others = await stageReplayFile(database.prisma, gvaAdmin, { fileName: "x.json", text: "[]" });
    const stolen = await fieldErrorsOf(
      saveSchedule(database.prisma, lseOperator, {
        id: schedule.id,
        function: "RETRIEVE_TICKET_STATUS",
        raw,
        upload: { stagedId: others.id },
      }),
    );
    expect(stolen.fields.replayFile?.[0]).toMatch(/no longer available/);
    expect(await database.prisma.scheduleUpload.count()).toBe(0);

    const ticket = await database.prisma.ticket.findFirstOrThrow({
      where: { organizationId: lseOperator.organizationId, status: "PRINTED" },
    });
    const change = {
      sequence: 7,
      ticketId: ticket.taxNumber,
      taxNumber: ticket.taxNumber,
      eventId: "E",
      status: "ASSIGNED",
      statusChangedAt: "2026-11-20T10:00:00Z",
      actor: "MOBILE",
      owner: { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" },
      spectatorDetails: { firstName: "Jo", lastName: "Muller", email: "jo@example.ch" },
    };
    await saveSchedule(database.prisma, lseOperator, {
      id: schedule.id,
      function: "RETRIEVE_TICKET_STATUS",
      raw,
      upload: await stageReplayFile(database.prisma, lseOperator, {
        fileName: "replay.json",
        text: JSON.stringify({ tickets: [change] }),
      }).then(({ id }) => ({ stagedId: id })),
    });
    const { executionId } = await startExecution(database.prisma, async () => {}, {
      organizationId: lseOperator.organizationId,
      scheduleId: schedule.id,
      trigger: "MANUAL",
    });
    await runExecution({ prisma: database.prisma }, executionId);
    expect(await database.prisma.execution.findUniqueOrThrow({ where: { id: executionId } })).toMatchObject({
      status: "OK",
      readCount: 1,
    });
    // Run now is audited with the execution it started.
    expect(
      await database.prisma.auditLog.count({ where: { action: "execution.runNow", entityId: String(executionId) } }),
    ).toBe(1);
    expect(await database.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      tixngoStatus: "ASSIGNED",
      tixngoOwnerEmail: "anna@example.ch",
    });
    expect((await database.prisma.schedule.findUniqueOrThrow({ where: { id: schedule.id } })).paginationKey).toBe(
      schedule.paginationKey,
    );
    // Removing the file returns the schedule to the diff feed.
    await saveSchedule(database.prisma, lseOperator, {
      id: schedule.id,
      function: "RETRIEVE_TICKET_STATUS",
      raw,
      upload: null,
    });
    expect(await database.prisma.scheduleUpload.count({ where: { scheduleId: schedule.id } })).toBe(0);
  });

  it("keeps one interface per organization, never stores or audits the key in clear, and refuses deleting a used one", async () => {
    const raw = {
      name: "Second",
      type: "TIXNGO",
      apiUrl: "https://api.tixngo.io/v3/organizer/tickets",
      username: "gva",
      apiKey: "new-secret-key-9876",
      failureEmails: "ops@geneva.demo",
    };
    // The form edits the one interface; a direct second insert is refused by the database.
    await saveInterface(database.prisma, gvaAdmin, raw);
    const row = await database.prisma.interface.findUniqueOrThrow({
      where: { organizationId: gvaAdmin.organizationId },
      omit: { apiKeyCipher: false },
    });
    expect(row.apiKeyCipher).not.toContain("new-secret-key");
    expect(row.apiKeyHint).toBe("••••9876");
    await expect(
      database.prisma.interface.create({
        data: {
          organizationId: gvaAdmin.organizationId,
          name: "x",
          type: "TIXNGO",
          apiUrl: raw.apiUrl,
          username: "u",
          apiKeyCipher: "c",
          apiKeyHint: "h",
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
    const audit = await database.prisma.auditLog.findMany({
      where: { organizationId: gvaAdmin.organizationId, entityType: "Interface" },
    });
    expect(JSON.stringify(audit.map((a) => [a.summary, a.changes]))).not.toContain("new-secret-key");
    expect(audit.at(-1)!.summary).toMatch(/replaced its API key/);

    const lseAdmin = await userOf(database, "admin@lausanne.demo");
    const refused = await fieldErrorsOf(deleteInterface(database.prisma, lseAdmin));
    expect(refused.message).toMatch(/Schedules still use this interface \(.*Injection.*\)/);
  });
});
