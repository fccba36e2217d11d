// One side of a load test: a PostgreSQL database with a loaded organization,
// a simulator process with the same bulk feed, N worker processes, and a
// "web" engine in this process that queues runs and ticks (sweep, due
// schedules) every second instead of every minute.
import { startEngine, type TEngine } from "@/lib/engine/engine";
import { startExecution } from "@/lib/engine/start-execution";
import type { Execution } from "@/lib/generated/prisma/client";
import {
  freshDatabase,
  ROW_HEARTBEAT_MS,
  seedLoadOrganization,
  sleep,
  startSimProcess,
  startWorker,
  waitForEnd,
  type TLoadOrg,
  type TRowDatabase,
  type TSimProcess,
  type TWorker,
} from "./harness";

export type TLoadSize = { tickets: number; changes: number; toInject: number };

export type TLoadSide = {
  db: TRowDatabase;
  sim: TSimProcess;
  org: TLoadOrg;
  web: TEngine;
  workers: TWorker[];
  addWorker(): Promise<TWorker>;
  close(): Promise<void>;
};

export const LOAD_ORG = "LD";
const LOAD_KEY = "load-key-0001";

export async function openLoadSide(
  size: TLoadSize,
  options: { workers: number; snapshotPath?: string; customParameters?: { key: string; value: string }[] },
) {
  const sim = await startSimProcess({ keys: [[LOAD_ORG, LOAD_KEY]], snapshotPath: options.snapshotPath });
  await sim.admin("bulk", { organizer: LOAD_ORG, tickets: size.tickets, changes: size.changes, seed: 1 });
  const db = await freshDatabase();
  const org = await seedLoadOrganization(db.database.prisma, {
    code: LOAD_ORG,
    apiUrl: sim.apiUrl,
    apiKey: LOAD_KEY,
    printed: size.tickets,
    toInject: size.toInject,
    customParameters: options.customParameters,
  });
  const web = await startEngine(db.database, { work: false, staleAfterMs: ROW_HEARTBEAT_MS * 6 });
  let ticking = true;
  const ticker = (async () => {
    while (ticking) {
      await web.tick().catch(() => undefined); // the database may be cut off on purpose
      await sleep(1000);
    }
  })();
  const workers: TWorker[] = [];
  const addWorker = async () => {
    const worker = await startWorker(db.url);
    workers.push(worker);
    return worker;
  };
  for (let i = 0; i < options.workers; i++) await addWorker();
  const side: TLoadSide = {
    db,
    sim,
    org,
    web,
    workers,
    addWorker,
    async close() {
      ticking = false;
      await ticker;
      for (const worker of workers) worker.kill("SIGKILL");
      await Promise.all(workers.map((w) => w.exited));
      await web.stop();
      await sim.stop();
      await db.drop();
    },
  };
  return side;
}

/** Run now, as an operator would. */
export async function runNow(side: TLoadSide, scheduleId: string): Promise<number> {
  const { executionId } = await startExecution(side.db.database.prisma, side.web.enqueue, {
    organizationId: side.org.organizationId,
    scheduleId,
    trigger: "MANUAL",
  });
  return executionId;
}

/**
 * Runs a schedule again and again, as its automatic slots would, until a run
 * ends OK having nothing left to do; returns every run it took.
 */
export async function runUntilConverged(
  side: TLoadSide,
  scheduleId: string,
  done: (execution: Execution) => boolean,
  maxRuns = 12,
): Promise<Execution[]> {
  const runs: Execution[] = [];
  while (runs.length < maxRuns) {
    const ended = await waitForEnd(side.db.database.prisma, await runNow(side, scheduleId), 300_000);
    runs.push(ended);
    if (ended.status === "OK" && done(ended)) return runs;
  }
  throw new Error(
    `no convergence after ${maxRuns} runs: ${runs.map((r) => `#${r.id} ${r.status} ${r.message}`).join("; ")}`,
  );
}

/** Injection done: nothing left to inject. Feed done: a run that read nothing new. */
export const injectionDone = (e: Execution) => e.sentCount === 0 || e.readCount === 0;
export const feedDone = (e: Execution) => e.readCount === 0;
