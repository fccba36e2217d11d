// npm start — serves the built app on DATABASE_URL (embedded PGlite by default).
import { migratePostgres } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { startAppServer, stopOnSignals } from "../tools/app-server";
import { loadLocalSecrets } from "../tools/local-secrets";

const config = databaseConfig();
if (config.kind === "postgres") {
  const missing = ["AUTH_SECRET", "APP_ENCRYPTION_KEY"].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    console.error(`Set ${missing.join(" and ")} in the environment to run on PostgreSQL.`);
    process.exit(1);
  }
  await migratePostgres(config.url);
} else {
  loadLocalSecrets();
}
const app = await startAppServer();
console.log(`App ready on ${app.url}`);
stopOnSignals([app.child]);
