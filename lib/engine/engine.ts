// pg-boss on the application's own database. Embedded (PGlite): inside the app
// process. PostgreSQL: web processes only queue; `npm run worker` processes
// (any number) run the jobs. Jobs carry an execution id; the execution row and
// its ActiveRun claim are the truth, pg-boss only delivers.
import { fromPglite, PgBoss } from "pg-boss";
import type { TDatabase } from "@/lib/db/client";
import { logger } from "./execution-log";
import { fireDueSchedules } from "./fire-due-schedules";
import { runExecution } from "./run-execution";
import type { TEnqueue } from "./start-execution";
import { sweepStaleRuns } from "./sweep-stale-runs";

export const RUN_QUEUE = "tixngo-run";
export const TICK_QUEUE = "tixngo-tick";
/** Hard ceiling of one run; pg-boss aborts job.signal past it. */
const RUN_EXPIRE_SECONDS = 4 * 60 * 60;

export type TEngine = { enqueue: TEnqueue; tick(): Promise<void>; stop(): Promise<void> };

export async function startEngine(
  database: TDatabase,
  options: { work: boolean; pollingIntervalSeconds?: number },
): Promise<TEngine> {
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: "pglite", schema: "pgboss" })
    : new PgBoss({
        connectionString: database.config.kind === "postgres" ? database.config.url : "",
        schema: "pgboss",
        max: 4,
      });
  boss.on("error", (error: Error) => logger.error({ error: error.message }, "pg-boss error"));
  await boss.start();
  for (const [name, policy] of [
    [RUN_QUEUE, "singleton"],
    [TICK_QUEUE, "stately"],
  ] as const) {
    if (!(await boss.getQueue(name))) {
      // singleton + singletonKey: at most one active job per key, on top of the ActiveRun claim.
      await boss.createQueue(name, {
        policy,
        retryLimit: 0,
        expireInSeconds: name === RUN_QUEUE ? RUN_EXPIRE_SECONDS : 300,
      });
    }
  }
  const { prisma } = database;
  const enqueue: TEnqueue = async (executionId, key) => {
    const id = await boss.send(RUN_QUEUE, { executionId }, { singletonKey: key });
    if (!id) throw new Error("pg-boss did not accept the job.");
  };
  const tick = async () => {
    await sweepStaleRuns(prisma);
    await fireDueSchedules(prisma, enqueue);
  };

  if (options.work) {
    const polling = options.pollingIntervalSeconds ?? 1;
    await boss.work<{ executionId: number }>(
      RUN_QUEUE,
      { pollingIntervalSeconds: polling, localConcurrency: 2 },
      async ([job]) => {
        if (job) await runExecution({ prisma, signal: job.signal }, job.data.executionId);
      },
    );
    // Every minute, one tick across all processes (stately queue + cron).
    await boss.schedule(TICK_QUEUE, "* * * * *");
    await boss.work(TICK_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
      await tick();
    });
  }
  return {
    enqueue,
    tick,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
