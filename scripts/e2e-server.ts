// The app under e2e test: a throw-away PGlite directory seeded with the demo
// data, served by `next start` (the build must exist).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../lib/db/client";
import { seedDemo } from "../lib/seed/seed-demo";
import { startAppServer, stopOnSignals } from "./app-server";

const dataDir = mkdtempSync(path.join(tmpdir(), "s360-e2e-"));
process.env.DATABASE_URL = `pglite:${dataDir}`;
process.env.AUTH_SECRET ??= "e2e-auth-secret";
process.env.APP_ENCRYPTION_KEY ??= "e2e-encryption-key";

const database = await openDatabase({ kind: "pglite", dataDir });
await seedDemo(database.prisma);
await database.close();

const app = await startAppServer({ port: Number(process.env.E2E_PORT ?? 3100) });
console.log(`e2e app on ${app.url} (data in ${dataDir})`);
stopOnSignals([app.child]);
