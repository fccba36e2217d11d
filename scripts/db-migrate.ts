// npm run db:migrate — applies pending migrations to DATABASE_URL.
import { databaseConfig } from "../lib/db/config";
import { migratePostgres, openDatabase } from "../lib/db/client";

const config = databaseConfig();
if (config.kind === "postgres") {
  const applied = await migratePostgres(config.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "PostgreSQL is up to date.");
} else {
  // Opening the embedded database applies what is pending.
  const database = await openDatabase(config);
  await database.close();
  console.log(`PGlite at ${config.dataDir} is up to date.`);
}
