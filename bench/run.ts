// npm run bench — prints figures and ratios; never part of npm test.
import { benchRetrieveStatus } from "./retrieve-status";
import { benchSimulatorDiff } from "./simulator-diff";

console.log(`Benchmarks on Node ${process.version}, ${new Date().toISOString()}\n`);
const rows = [...(await benchSimulatorDiff()), ...(await benchRetrieveStatus())];
const width = Math.max(...rows.map((r) => r.name.length));
for (const row of rows)
  console.log(`  ${row.name.padEnd(width)}  ${row.value.toLocaleString("en").padStart(12)} ${row.unit}`);
const rate = (prefix: string) => rows.find((r) => r.unit === "changes/s" && r.name.startsWith(prefix))?.value ?? 0;
console.log("");
console.log(
  `  ratio: diff pages of 10000 read ${(rate("diff limit=10000") / rate("diff limit=1000")).toFixed(2)}× the changes/s of pages of 1000`,
);
console.log(
  `  ratio: retrieve-status on PostgreSQL applies ${(rate("retrieve-status on PostgreSQL") / rate("retrieve-status on PGlite")).toFixed(2)}× the changes/s of PGlite`,
);
console.log(
  `  ratio: retrieve-status (PostgreSQL) applies ${(rate("retrieve-status on PostgreSQL") / rate("diff limit=10000")).toFixed(2)}× the rate the simulator serves`,
);
