// The door, proved by calling every server action directly, as a forged
// request would: a viewer is refused by each mutating action, an operator by
// each admin action, and a bound argument of the wrong type is a clear error.
// In every case the database is exactly as before.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TActionResult } from "@/lib/actions/action-state";
import { toCurrentUser } from "@/lib/auth/to-current-user";
import { closeDatabase, getDatabase, migratePostgres, type TPrisma } from "@/lib/db/client";
import { MALFORMED_REQUEST_MESSAGE } from "@/lib/errors/app-error";
import { stopEngine } from "@/lib/engine/get-engine";
import { startExecution } from "@/lib/engine/start-execution";
import { saveSchedule } from "@/lib/schedules/save-schedule";
import { seedDemo } from "@/lib/seed/seed-demo";
import { signInAs } from "@/test/fake-auth";
import { createPostgresDatabase, DATABASE_KINDS } from "@/test/databases";
import { cancelExecutionAction } from "./executions/actions";
import {
  deleteInterfaceAction,
  previewTemplateAction,
  saveInterfaceAction,
  testConnectionAction,
} from "./interfaces/actions";
import { deleteScheduleAction, runNowAction, saveScheduleAction, setScheduleEnabledAction } from "./schedules/actions";

vi.mock("@/lib/auth/auth", () => import("@/test/fake-auth"));
// Outside a Next.js request there is no page cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

/** A server action as the network sees it: any arguments at all. */
const forged = (action: unknown) => action as (...args: unknown[]) => Promise<TActionResult>;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Everything an action could change. */
async function snapshot(prisma: TPrisma) {
  return {
    schedules: await prisma.schedule.findMany({ orderBy: { id: "asc" } }),
    interfaces: await prisma.interface.findMany({ orderBy: { id: "asc" } }),
    executions: await prisma.execution.findMany({ orderBy: { id: "asc" } }),
    audit: await prisma.auditLog.count(),
  };
}

describe.each(DATABASE_KINDS)("the action door on %s", (kind) => {
  let prisma: TPrisma;
  let dropPostgres: (() => Promise<void>) | undefined;
  const users: Record<"viewer" | "operator" | "admin" | "gvaOperator", string> = {
    viewer: "",
    operator: "",
    admin: "",
    gvaOperator: "",
  };
  let scheduleId: string;
  let executionId: number;

  beforeAll(async () => {
    // The actions open the process database themselves (lib/db/client.ts), from DATABASE_URL.
    if (kind === "postgres") {
      const created = await createPostgresDatabase();
      await migratePostgres(created.url);
      process.env.DATABASE_URL = created.url;
      dropPostgres = created.drop;
    } else {
      process.env.DATABASE_URL = "pglite:memory";
    }
    prisma = (await getDatabase()).prisma;
    await seedDemo(prisma);
    const idOf = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })).id;
    users.viewer = await idOf("viewer@lausanne.demo");
    users.operator = await idOf("operator@lausanne.demo");
    users.admin = await idOf("admin@lausanne.demo");
    users.gvaOperator = await idOf("operator@geneva.demo");
    const operator = await prisma.user.findUniqueOrThrow({
      where: { id: users.operator },
      include: { organization: true },
    });
    const asUser = toCurrentUser(operator);
    ({ id: scheduleId } = await saveSchedule(prisma, asUser, {
      function: "PUSH_CONTROLLED_TICKETS",
      raw: { name: "Controlled", launchMode: "MANUAL", enabled: "on" },
    }));
    // Queued only: no worker runs in this test, so it stays cancellable.
    ({ executionId } = await startExecution(prisma, async () => undefined, {
      organizationId: operator.organizationId,
      scheduleId,
      trigger: "MANUAL",
      userId: operator.id,
    }));
  });
  afterAll(async () => {
    signInAs(null);
    // Run now starts the process's engine (pg-boss) on the database: stop it before closing.
    await stopEngine();
    await closeDatabase();
    await dropPostgres?.();
  });

  /** Each mutating action, called with arguments that would work for a user allowed to. */
  const calls = () =>
    ({
      saveSchedule: () =>
        saveScheduleAction({ function: "PUSH_CONTROLLED_TICKETS" }, form({ name: "New", launchMode: "MANUAL" })),
      runNow: () => runNowAction(scheduleId),
      setScheduleEnabled: () => setScheduleEnabledAction(scheduleId, false),
      deleteSchedule: () => deleteScheduleAction(scheduleId),
      cancelExecution: () => cancelExecutionAction(executionId),
      saveInterface: () => saveInterfaceAction(form({ name: "Renamed" })),
      deleteInterface: () => deleteInterfaceAction(),
      testConnection: () => testConnectionAction(),
      previewTemplate: () => previewTemplateAction(form({ taxNumber: "X" })),
    }) satisfies Record<string, () => Promise<TActionResult>>;

  it("refuses every mutating action to a viewer and changes nothing", async () => {
    signInAs(users.viewer);
    const before = await snapshot(prisma);
    for (const [name, call] of Object.entries(calls())) {
      expect({ name, result: await call() }).toEqual({
        name,
        result: { serverError: { code: "FORBIDDEN", message: "You are not allowed to do this." } },
      });
    }
    expect(await snapshot(prisma)).toEqual(before);
  });

  it("refuses the administration actions to an operator, and everything to a signed-out caller", async () => {
    const before = await snapshot(prisma);
    signInAs(users.operator);
    const { saveInterface, deleteInterface, testConnection, previewTemplate } = calls();
    for (const call of [saveInterface, deleteInterface, testConnection, previewTemplate])
      expect((await call()).serverError?.code).toBe("FORBIDDEN");
    signInAs(null);
    for (const call of Object.values(calls()))
      expect((await call()).serverError).toEqual({
        code: "UNAUTHENTICATED",
        message: "Your session has ended: sign in again.",
      });
    expect(await snapshot(prisma)).toEqual(before);
  });

  it("answers a bound argument of the wrong type with a clear error and changes nothing", async () => {
    signInAs(users.admin);
    const before = await snapshot(prisma);
    const wrong = [{ not: "x" }, {}, "abc", 1.5, 2 ** 40, -1, null, true, [scheduleId], { contains: "c" }];
    const refused = { serverError: { code: "INVALID_INPUT", message: MALFORMED_REQUEST_MESSAGE } };
    for (const value of wrong) {
      for (const [name, call] of Object.entries({
        deleteSchedule: () => forged(deleteScheduleAction)(value),
        runNow: () => forged(runNowAction)(value),
        setScheduleEnabled: () => forged(setScheduleEnabledAction)(value, true),
        cancelExecution: () => forged(cancelExecutionAction)(value),
        saveSchedule: () => forged(saveScheduleAction)(value, form({ name: "Forged", launchMode: "MANUAL" })),
      }))
        expect({ name, value, result: await call() }).toEqual({ name, value, result: refused });
    }
    // The right id with a wrong companion, and an unknown function.
    expect(await forged(setScheduleEnabledAction)(scheduleId, "false")).toEqual(refused);
    expect(await forged(cancelExecutionAction)(String(executionId))).toEqual(refused);
    expect(await forged(saveScheduleAction)({ function: "DROP_TABLES" }, form({ name: "X" }))).toEqual(refused);
    expect(
      await forged(saveScheduleAction)({ id: scheduleId, function: "PUSH_CONTROLLED_TICKETS", x: 1 }, form({})),
    ).toEqual(refused);
    // A form action sent something else than a form.
    expect((await forged(saveInterfaceAction)({ name: "Renamed" })).validationErrors).toBeDefined();
    expect(await snapshot(prisma)).toEqual(before);
  });

  it("keeps another organization's rows out of reach of a well-formed id", async () => {
    signInAs(users.gvaOperator);
    const before = await snapshot(prisma);
    expect(await deleteScheduleAction(scheduleId)).toEqual({
      serverError: { code: "NOT_FOUND", message: "This schedule does not exist in your organization." },
    });
    expect((await setScheduleEnabledAction(scheduleId, false)).serverError?.code).toBe("NOT_FOUND");
    expect((await cancelExecutionAction(executionId)).serverError?.code).toBe("NOT_FOUND");
    expect((await runNowAction(scheduleId)).serverError?.code).toBe("CONFLICT");
    expect(await snapshot(prisma)).toEqual(before);
  });

  it("lets an operator act through the same door, field errors beside their fields", async () => {
    signInAs(users.operator);
    expect(await setScheduleEnabledAction(scheduleId, false)).toEqual({ data: { message: "Disabled." } });
    expect((await prisma.schedule.findUniqueOrThrow({ where: { id: scheduleId } })).enabled).toBe(false);
    const invalid = await saveScheduleAction({ function: "PUSH_CONTROLLED_TICKETS" }, form({ launchMode: "MANUAL" }));
    expect(invalid.serverError).toMatchObject({ code: "INVALID_INPUT", message: "Some fields need attention." });
    expect(invalid.serverError?.fieldErrors?.name?.length).toBeGreaterThan(0);
    expect(await cancelExecutionAction(executionId)).toEqual({
      data: { message: "Cancellation requested: the run stops at its next page." },
    });
    expect((await prisma.execution.findUniqueOrThrow({ where: { id: executionId } })).status).toBe("CANCELLED");
    // A redirect after success is Next.js's navigation, thrown through the door untouched.
    await expect(deleteScheduleAction(scheduleId)).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
    expect(await prisma.schedule.count({ where: { id: scheduleId } })).toBe(0);
  });
});
