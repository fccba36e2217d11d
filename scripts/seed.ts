// npm run db:seed [-- --reset]
import { openDatabase } from "../lib/db/client";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_ROLES, demoEmail } from "../lib/seed/demo-data";
import { seedDemo } from "../lib/seed/seed-demo";
import { loadLocalSecrets } from "../tools/local-secrets";

loadLocalSecrets();
const database = await openDatabase();
try {
  const report = await seedDemo(database.prisma, { reset: process.argv.includes("--reset") });
  for (const line of report) console.log(`  ${line.organization}: ${line.action} (${line.tickets} tickets)`);
  console.log(`\nDemo sign-ins (password: ${DEMO_PASSWORD})`);
  for (const org of DEMO_ORGANIZATIONS) {
    console.log(`  ${org.name}: ${DEMO_ROLES.map((r) => demoEmail(org, r.local)).join(", ")}`);
  }
} finally {
  await database.close();
}
