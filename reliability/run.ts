// npm run test:reliability — every row of the suite in its full variant (or
// `-- --small` for the variant `npm test` runs), then the table of what each
// measured; exits non-zero when a row fails. Rows: reliability/rows/.
import { loadRows } from "./rows";
import type { TReliabilityResult } from "./row";

const full = !process.argv.includes("--small");
const only = process.argv.find((arg) => /^R\d+$/.test(arg));
const rows = (await loadRows()).filter((row) => !only || row.id === only);
const results: { id: string; test: string; mustShow: string; result: TReliabilityResult; seconds: number }[] = [];
for (const row of rows) {
  console.log(`\n▶ ${row.id} ${row.test}`);
  const started = Date.now();
  let result: TReliabilityResult;
  try {
    result = await row.run({ full });
  } catch (error) {
    result = { ok: false, shows: `the row failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`${result.ok ? "PASS" : "FAIL"} ${row.id} (${seconds} s): ${result.shows}`);
  results.push({ id: row.id, test: row.test, mustShow: row.mustShow, result, seconds });
}

console.log(`\nReliability suite (${full ? "full" : "small"} variant), ${new Date().toISOString()}\n`);
console.log("| id | test | must show | measured | result |");
console.log("|---|---|---|---|---|");
for (const { id, test, mustShow, result, seconds } of results) {
  const figures = result.figures
    ? ` (${Object.entries(result.figures)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")})`
    : "";
  console.log(
    `| ${id} | ${test} | ${mustShow} | ${result.shows}${figures}; ${seconds} s | ${result.ok ? "PASS" : "FAIL"} |`,
  );
}
const failed = results.filter((r) => !r.result.ok);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
