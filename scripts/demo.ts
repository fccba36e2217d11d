// The embedded demo: PGlite database with demo data, then the app.
import { openDatabase } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_ROLES, demoEmail } from "../lib/seed/demo-data";
import { demoApiKey, seedDemo } from "../lib/seed/seed-demo";
import { startSimulator } from "../simulator/server";
import { startAppServer, stopOnSignals } from "../tools/app-server";
import { startSmtpCapture } from "../tools/smtp-capture";
import { loadLocalSecrets } from "../tools/local-secrets";

loadLocalSecrets();
const config = databaseConfig();
if (config.kind !== "pglite") {
  console.error("npm run demo runs on the embedded database: unset DATABASE_URL (see README for PostgreSQL).");
  process.exit(1);
}
const started = Date.now();
// The TIXNGO simulator first: the demo interfaces point at it with these keys.
const simulator = await startSimulator({
  port: Number(process.env.SIM_PORT ?? 4010),
  snapshotPath: "data/simulator.json",
  keys: DEMO_ORGANIZATIONS.map((org) => [org.code, demoApiKey(org.code)]),
  quiet: true,
});
// Migrate and seed, then close: only one process may open the PGlite directory.
const database = await openDatabase(config);
try {
  const report = await seedDemo(database.prisma, { tixngoUrl: simulator.apiUrl });
  for (const line of report) console.log(`  ${line.organization}: ${line.action} (${line.tickets} tickets)`);
} finally {
  await database.close();
}
// Failure e-mails go to a local SMTP sink that prints them here (unless SMTP_URL is set).
const mail = process.env.SMTP_URL
  ? undefined
  : await startSmtpCapture(Number(process.env.DEMO_SMTP_PORT ?? 2525), (m) => {
      console.log(`\n[mail] to ${m.to.join(", ")}: ${m.subject}\n${m.text.trim().replace(/^/gm, "       ")}\n`);
    });
// The simulator is on loopback: the only local address the app may send a key to.
// APP_URL makes the links in e-mails point at this app.
const appUrl = process.env.APP_URL ?? `http://127.0.0.1:${Number(process.env.PORT ?? 3000)}`;
const app = await startAppServer({
  env: {
    TIXNGO_PRIVATE_HOSTS: new URL(simulator.url).host,
    APP_URL: appUrl,
    ...(mail ? { SMTP_URL: mail.url } : {}),
  },
});
stopOnSignals([app.child], async () => {
  await simulator.close();
  await mail?.close();
});

const lines = [
  "",
  `S-360 ↔ TIXNGO back-office ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  `  App:       ${app.url}`,
  `  TIXNGO:    ${simulator.apiUrl}  (simulator; console ${simulator.url}/?token=${simulator.adminToken})`,
  `  Database:  PGlite at ${config.dataDir}`,
  `  Mail:      ${mail ? `${mail.url} (failure e-mails are printed here)` : process.env.SMTP_URL}`,
  "",
  `Demo sign-ins (password: ${DEMO_PASSWORD})`,
  ...DEMO_ORGANIZATIONS.flatMap((org) => [
    `  ${org.name}`,
    ...DEMO_ROLES.map((r) => `    ${r.role.padEnd(8)} ${demoEmail(org, r.local)}`),
  ]),
  "",
  "Ctrl-C stops everything.",
];
console.log(lines.join("\n"));
