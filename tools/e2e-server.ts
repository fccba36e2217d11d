// The app under e2e test: a throw-away PGlite directory seeded with the demo
// data, served by `next start` (the build must exist).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../lib/db/client";
import { DEMO_ORGANIZATIONS } from "../lib/seed/demo-data";
import { demoApiKey, seedDemo } from "../lib/seed/seed-demo";
import { startSimulator } from "../simulator/server";
import { startAppServer, stopOnSignals } from "./app-server";

const dataDir = mkdtempSync(path.join(tmpdir(), "s360-e2e-"));
process.env.DATABASE_URL = `pglite:${dataDir}`;
process.env.AUTH_SECRET ??= "e2e-auth-secret";
process.env.APP_ENCRYPTION_KEY ??= "e2e-encryption-key";

// The tests reach the simulator (faults) and receive the mail (SMTP capture) on fixed ports.
process.env.SMTP_URL ??= `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 3125}`;
const simPort = Number(process.env.E2E_SIM_PORT ?? 3110);
// The simulator is on loopback: the only local address the app may send a key to.
process.env.TIXNGO_PRIVATE_HOSTS ??= `127.0.0.1:${simPort}`;
const simulator = await startSimulator({
  port: simPort,
  quiet: true,
  deletionDelayMs: 500,
  keys: DEMO_ORGANIZATIONS.map((org) => [org.code, demoApiKey(org.code)]),
});

const database = await openDatabase({ kind: "pglite", dataDir });
await seedDemo(database.prisma, { tixngoUrl: simulator.apiUrl });
await database.close();

const app = await startAppServer({ port: Number(process.env.E2E_PORT ?? 3100) });
console.log(`e2e app on ${app.url} (data in ${dataDir}), simulator on ${simulator.url}`);
stopOnSignals([app.child], () => simulator.close());
