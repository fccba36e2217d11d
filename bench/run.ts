// npm run bench — prints figures and ratios; never part of npm test.
import { benchSimulatorDiff } from "./simulator-diff";

console.log(`Benchmarks on Node ${process.version}, ${new Date().toISOString()}\n`);
const rows = await benchSimulatorDiff();
const width = Math.max(...rows.map((r) => r.name.length));
for (const row of rows) console.log(`  ${row.name.padEnd(width)}  ${row.value.toLocaleString("en").padStart(12)} ${row.unit}`);
const perPage = rows.filter((r) => r.unit === "changes/s" && r.name.startsWith("diff"));
if (perPage.length === 2) {
  console.log(`\n  ratio: pages of 10000 read ${(perPage[1]!.value / perPage[0]!.value).toFixed(2)}× the changes/s of pages of 1000`);
}
