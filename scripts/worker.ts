// npm run worker — runs executions and automatic schedules on PostgreSQL.
// Start as many as needed: the database keeps one active run per key.
import { migratePostgres, openDatabase } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { startEngine } from "../lib/engine/engine";
import { logger } from "../lib/engine/execution-log";

const config = databaseConfig();
if (config.kind !== "postgres") {
  console.error(
    "npm run worker is for PostgreSQL (DATABASE_URL=postgres://…). The embedded mode runs jobs inside the app.",
  );
  process.exit(1);
}
if (!process.env.APP_ENCRYPTION_KEY) {
  console.error("Set APP_ENCRYPTION_KEY (the same as the web processes): the worker decrypts the interface API key.");
  process.exit(1);
}
await migratePostgres(config.url);
const database = await openDatabase(config);
// TIXNGO_TIMEOUT_MS: how long one TIXNGO call may take (default 30 s).
const timeoutMs = Number(process.env.TIXNGO_TIMEOUT_MS) || undefined;
const engine = await startEngine(database, { work: true, run: { tixngo: { timeoutMs } } });
logger.info("worker started");
// Graceful stop: no new job; the runs in hand end INTERRUPTED after their
// current page and release their claims; then the process exits. A second
// signal, or 30 s, exits at once (the sweep of another process cleans up).
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, "worker stopping");
    setTimeout(() => process.exit(1), 30_000).unref();
    void engine
      .stop(signal)
      .then(() => database.close())
      .then(
        () => {
          logger.info("worker stopped");
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ error: (error as Error).message }, "worker stop failed");
          process.exit(1);
        },
      );
  });
}
