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
const engine = await startEngine(database, { work: true });
logger.info("worker started");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void engine
      .stop()
      .then(() => database.close())
      .then(() => process.exit(0));
  });
}
