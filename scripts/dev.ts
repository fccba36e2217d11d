// npm run dev — `next dev` on DATABASE_URL (embedded PGlite by default), with
// hot reload. The database and the job engine open inside the Next.js server
// process (instrumentation.ts), as with `npm start`.
import { migratePostgres } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { startAppServer, stopOnSignals } from "../tools/app-server";
import { loadLocalSecrets } from "../tools/local-secrets";

const config = databaseConfig();
if (config.kind === "postgres") await migratePostgres(config.url);
// Development keeps its secrets beside its data, like the embedded demo.
loadLocalSecrets();
const app = await startAppServer({ mode: "dev" });
console.log(`Dev server ready on ${app.url} (sign in with a demo account after \`npm run db:seed\`)`);
stopOnSignals([app.child]);
