// pg-boss on the application's own database. Embedded (PGlite): inside the app
// process. PostgreSQL: web processes only queue; `npm run worker` processes
// (any number) run the jobs. Jobs carry an execution id; the execution row and
// its ActiveRun claim are the truth, pg-boss only delivers.
import { fromPglite, PgBoss } from "pg-boss";
import type { TDatabase } from "@/lib/db/client";
import { logger } from "./execution-log";
import { fireDueSchedules } from "./fire-due-schedules";
import { promoteWaitingRun } from "./promote-waiting-run";
import { purgeOldExecutions } from "./purge-old-executions";
import { runExecution, type TRunDeps } from "./run-execution";
import type { TEnqueue } from "./start-execution";
import { sweepStaleRuns, type TRunJobs } from "./sweep-stale-runs";
import { WorkerStoppedError } from "./worker-stopped";

export const RUN_QUEUE = "tixngo-run";
export const TICK_QUEUE = "tixngo-tick";
export const RETENTION_QUEUE = "tixngo-retention";
/** Hard ceiling of one run; pg-boss aborts job.signal past it. */
const RUN_EXPIRE_SECONDS = 4 * 60 * 60;
/**
 * pg-boss's own job heartbeat: a worker that dies (kill -9, OOM, machine
 * lost) stops refreshing its job, and pg-boss's monitor fails the job within
 * about this plus MONITOR_SECONDS, so the queue's singleton slot is free
 * again instead of held until the 4-hour expiry.
 */
export const JOB_HEARTBEAT_SECONDS = 20;
const MONITOR_SECONDS = 10;

export type TEngine = {
  enqueue: TEnqueue;
  tick(): Promise<void>;
  /** Stops taking jobs; runs in hand end INTERRUPTED after their current page; then pg-boss stops. */
  stop(signal?: string): Promise<void>;
};

export async function startEngine(
  database: TDatabase,
  options: {
    work: boolean;
    pollingIntervalSeconds?: number;
    run?: Pick<TRunDeps, "tixngo" | "heartbeatMs">;
    /** The sweep's silence limit (default: six heartbeats). */
    staleAfterMs?: number;
  },
): Promise<TEngine> {
  const maintenance = { monitorIntervalSeconds: MONITOR_SECONDS, superviseIntervalSeconds: MONITOR_SECONDS };
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: "pglite", schema: "pgboss", ...maintenance })
    : new PgBoss({
        connectionString: database.config.kind === "postgres" ? database.config.url : "",
        schema: "pgboss",
        max: 4,
        ...maintenance,
      });
  boss.on("error", (error: Error) => logger.error({ error: error.message }, "pg-boss error"));
  await boss.start();
  for (const [name, policy] of [
    [RUN_QUEUE, "singleton"],
    [TICK_QUEUE, "stately"],
    [RETENTION_QUEUE, "stately"],
  ] as const) {
    if (!(await boss.getQueue(name))) {
      // singleton + singletonKey: at most one active job per key, on top of the ActiveRun claim.
      await boss.createQueue(name, {
        policy,
        retryLimit: 0,
        expireInSeconds: name === RUN_QUEUE ? RUN_EXPIRE_SECONDS : name === RETENTION_QUEUE ? 3600 : 300,
      });
    }
  }
  const { prisma } = database;
  const enqueue: TEnqueue = async (executionId, key) => {
    // The heartbeat is set per job: queues created before it existed get it too.
    const id = await boss.send(
      RUN_QUEUE,
      { executionId },
      { singletonKey: key, heartbeatSeconds: JOB_HEARTBEAT_SECONDS, expireInSeconds: RUN_EXPIRE_SECONDS },
    );
    if (!id) throw new Error("pg-boss did not accept the job.");
    // Lets the sweep end the job together with its execution.
    await prisma.execution.update({ where: { id: executionId }, data: { jobId: id } });
  };
  const jobs: TRunJobs = {
    async end(jobIds) {
      if (jobIds.length > 0) await boss.fail(RUN_QUEUE, jobIds, { reason: "ended by the stale-run sweep" });
    },
    async lost(jobIds) {
      const lost: string[] = [];
      for (const id of jobIds) {
        const [job] = await boss.findJobs(RUN_QUEUE, { id });
        if (!job || !["created", "retry", "active"].includes(job.state)) lost.push(id);
      }
      return lost;
    },
  };
  const tick = async () => {
    await sweepStaleRuns(prisma, { jobs, staleAfterMs: options.staleAfterMs });
    // A claim released by the sweep or a cancellation goes to the oldest waiting run.
    await promoteWaitingRun(prisma, enqueue);
    await fireDueSchedules(prisma, enqueue);
  };

  // Aborted on stop: the runs in hand end INTERRUPTED at their next page boundary.
  const stopping = new AbortController();
  if (options.work) {
    const polling = options.pollingIntervalSeconds ?? 1;
    await boss.work<{ executionId: number }>(
      RUN_QUEUE,
      { pollingIntervalSeconds: polling, localConcurrency: 2 },
      async ([job]) => {
        if (!job) return;
        try {
          await runExecution(
            { prisma, signal: AbortSignal.any([job.signal, stopping.signal]), ...options.run },
            job.data.executionId,
          );
        } finally {
          // Hand the retrieve-status claim straight to the oldest waiting run (a no-op otherwise).
          await promoteWaitingRun(prisma, enqueue);
        }
      },
    );
    // Every minute, one tick across all processes (stately queue + cron).
    await boss.schedule(TICK_QUEUE, "* * * * *");
    await boss.work(TICK_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
      await tick();
    });
    // Every night, once across all processes: old executions, items and logs go.
    await boss.schedule(RETENTION_QUEUE, "17 3 * * *");
    await boss.work(RETENTION_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
      await purgeOldExecutions(prisma);
    });
  }
  return {
    enqueue,
    tick,
    async stop(signal = "SIGTERM") {
      // No new job first, then the runs in hand are told to stop; pg-boss's
      // graceful stop waits for their handlers (each ends and releases its claim).
      const offWork = boss.offWork(RUN_QUEUE, { wait: true });
      stopping.abort(new WorkerStoppedError(signal));
      await offWork;
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
