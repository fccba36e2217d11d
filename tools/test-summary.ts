// Reads the JSON reports of vitest and Playwright and prints one closing line
// (`Summary: N passed, N failed`); exits 1 when anything failed or did not run.
import { existsSync, readFileSync } from "node:fs";

type TVitest = { numPassedTests: number; numFailedTests: number; numPendingTests: number };
type TPlaywright = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

const failedSteps = (process.argv[2] ?? "").split(",").filter(Boolean);
let passed = 0;
let failed = 0;
let skipped = 0;
const lines: string[] = [];

if (existsSync("test-results/vitest.json")) {
  const v = JSON.parse(readFileSync("test-results/vitest.json", "utf8")) as TVitest;
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests;
  lines.push(`  unit + integration: ${v.numPassedTests} passed, ${v.numFailedTests} failed`);
} else lines.push("  unit + integration: did not run");
if (existsSync("test-results/e2e.json")) {
  const p = JSON.parse(readFileSync("test-results/e2e.json", "utf8")) as TPlaywright;
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
  lines.push(`  e2e (chromium): ${p.stats.expected + p.stats.flaky} passed, ${p.stats.unexpected} failed`);
} else lines.push("  e2e (chromium): did not run");

// A step that failed without tests (typecheck, build) counts as a failure.
failed += failedSteps.filter((step) => ["typecheck", "build", "bench"].includes(step)).length;
console.log("\n" + lines.join("\n"));
if (failedSteps.length > 0) console.log(`  failed steps: ${failedSteps.join(", ")}`);
console.log(`Summary: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || failedSteps.length > 0 || passed === 0 ? 1 : 0);
