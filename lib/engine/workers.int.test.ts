// Two `npm run worker` processes on one PostgreSQL database, started together:
// every run is executed exactly once and never two retrieve-status at a time;
// a second organization's Run now waits its turn and then runs.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, migratePostgres, type TDatabase } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startSimulator, type TSimulator } from "@/simulator/server";
import { createPostgresDatabase } from "@/test/databases";
import { startEngine, type TEngine } from "./engine";
import { startExecution } from "./start-execution";

let db: Awaited<ReturnType<typeof createPostgresDatabase>>;
let database: TDatabase;
let sim: TSimulator;
let web: TEngine;
const workers: ChildProcess[] = [];

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn("tsx", ["scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  workers.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("worker did not start")), 30_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("worker started")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on("exit", (code) => reject(new Error(`worker exited ${code}`)));
  });
}

beforeAll(async () => {
  db = await createPostgresDatabase();
  await migratePostgres(db.url);
  database = await openDatabase({ kind: "postgres", url: db.url });
  sim = await startSimulator({
    port: 0,
    quiet: true,
    keys: [
      ["LSE", "demo-key-lse"],
      ["GVA", "demo-key-gva"],
    ],
  });
  await seedDemo(database.prisma, { tixngoUrl: sim.apiUrl });
  // Both workers start at the same moment.
  await Promise.all([startWorker(db.url), startWorker(db.url)]);
  // The web side only queues.
  web = await startEngine(database, { work: false });
}, 90_000);

afterAll(async () => {
  for (const worker of workers) worker.kill("SIGTERM");
  await web?.stop();
  await database?.close();
  await sim?.close();
  await db?.drop();
});

it("runs each execution once, one retrieve-status at a time across organizations", async () => {
  const prisma = database.prisma;
  const schedules = [];
  for (const code of ["LSE", "GVA"]) {
    const org = await prisma.organization.findUniqueOrThrow({ where: { code }, include: { interfaces: true } });
    schedules.push(
      await prisma.schedule.create({
        data: {
          organizationId: org.id,
          interfaceId: org.interfaces[0]!.id,
          function: "RETRIEVE_TICKET_STATUS",
          name: "Feedback",
          launchMode: "MANUAL",
          settings: { batchSize: 10 },
        },
      }),
    );
  }
  sim.faults.set("diff", { latencyMs: 300 });
  let maxRunning = 0;
  const watcher = setInterval(() => {
    void prisma.execution.count({ where: { function: "RETRIEVE_TICKET_STATUS", status: "RUNNING" } }).then((n) => {
      maxRunning = Math.max(maxRunning, n);
    });
  }, 50);
  const started: number[] = [];
  try {
    for (let round = 0; round < 4; round++) {
      // Both organizations press "Run now" at once: the database lets one through, the other waits its turn.
      const attempts = await Promise.allSettled(
        schedules.map((s) =>
          startExecution(prisma, web.enqueue, {
            organizationId: s.organizationId,
            scheduleId: s.id,
            trigger: "MANUAL",
          }),
        ),
      );
      const ok = attempts.filter(
        (a): a is PromiseFulfilledResult<{ executionId: number; waiting: boolean }> => a.status === "fulfilled",
      );
      expect(ok).toHaveLength(2);
      expect(ok.map((a) => a.value.waiting).sort()).toEqual([false, true]);
      for (const { value } of ok) {
        started.push(value.executionId);
        const deadline = Date.now() + 20_000;
        const ended = async () =>
          !["QUEUED", "RUNNING"].includes(
            (await prisma.execution.findUniqueOrThrow({ where: { id: value.executionId } })).status,
          );
        while (!(await ended())) {
          if (Date.now() > deadline) throw new Error("run did not end");
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }
  } finally {
    clearInterval(watcher);
    sim.faults.reset();
  }
  expect(maxRunning).toBe(1);
  const executions = await prisma.execution.findMany({ where: { id: { in: started } } });
  expect(executions.map((e) => e.status)).toEqual(Array(8).fill("OK"));
  // Exactly once: each execution's log has one start line.
  for (const id of started) {
    expect(await prisma.executionLog.count({ where: { executionId: id, message: { contains: "started" } } })).toBe(1);
  }
}, 120_000);
