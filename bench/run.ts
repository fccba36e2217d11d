// npm run bench — every performance figure next to its limit measured in the
// same run. Starts what it needs: the TIXNGO simulator as its own process,
// PostgreSQL databases of its own on the shared server (cloned per run from a
// seeded template, dropped at the end), in-memory PGlite for the embedded
// figures. Prints min/median over the runs and writes one JSON file per run.
//
//   npm run bench                      3 runs; P1 at 10k, 100k and 1M changes, P2 at 10k and 100k tickets
//   npm run bench -- --quick           1 run at 10k (what npm test runs: fails on errors, never on timings)
//   npm run bench -- --runs 1 --p1 100k --p2 100k --only P1,P2 --pglite 0
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/client";
import { POSTGRES_ADMIN_URL } from "@/test/databases";
import { p1RetrieveStatus } from "./measures/p1-retrieve-status";
import { p2Injection } from "./measures/p2-injection";
import { p3Freshness } from "./measures/p3-freshness";
import { p4ServerTime } from "./measures/p4-server-time";
import type { TBenchOptions, TFigure, TMeasure } from "./measures/types";
import { describeMachine } from "./support/machine";
import { benchDatabases } from "./support/postgres";
import { startSimulatorProcess } from "./support/simulator-process";
import { median } from "./support/spread";

const MEASURES: TMeasure[] = [p1RetrieveStatus, p2Injection, p3Freshness, p4ServerTime];
/** Keys every results file has, null when a measure was left out or cannot run yet. */
const REQUIRED_KEYS = [
  "p1_changes_per_s",
  "p1_ratio",
  "p2_tickets_per_s",
  "p2_ratio",
  "p3_p95_ms",
  "p4_search_p95_ms",
  "p4_list_p95_ms",
  "p5_peak_rss_mb",
  "p6_p1_spread",
  "p6_p2_spread",
];

const sizes = (text: string) =>
  text
    .split(",")
    .filter(Boolean)
    .map((s) => Math.round(Number(s.replace(/k$/i, "e3").replace(/m$/i, "e6"))));

function readOptions(): TBenchOptions & { out: string } {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      p1: { type: "string" },
      p2: { type: "string" },
      p4: { type: "string" },
      pglite: { type: "string" },
      only: { type: "string" },
      out: { type: "string", default: "bench/results" },
    },
  });
  const quick = values.quick ?? false;
  const options = {
    quick,
    runs: Number(values.runs ?? (quick ? 1 : 3)),
    p1Sizes: sizes(values.p1 ?? (quick ? "10k" : "10k,100k,1m")),
    p2Sizes: sizes(values.p2 ?? (quick ? "10k" : "10k,100k")),
    pgliteMax: sizes(values.pglite ?? (quick ? "10k" : "100k"))[0] ?? 0,
    p4Rows: sizes(values.p4 ?? (quick ? "10k" : "1m"))[0] ?? 10_000,
    only: new Set((values.only ?? "P1,P2,P3,P4").toUpperCase().split(",")),
    out: values.out ?? "bench/results",
  };
  for (const size of [...options.p1Sizes, ...options.p2Sizes, options.p4Rows])
    if (!Number.isInteger(size) || size < 1000) throw new Error(`Sizes are whole numbers of at least 1000: ${size}`);
  return options;
}

process.env.APP_ENCRYPTION_KEY ??= "bench-encryption-key";
// The simulator listens on loopback: the interface may send its key there.
process.env.TIXNGO_PRIVATE_HOSTS = "127.0.0.1";

const options = readOptions();
const measures = MEASURES.filter((m) => options.only.has(m.id));
const machine = await describeMachine(POSTGRES_ADMIN_URL);
const startedAt = new Date().toISOString();
const progress = (message: string) => console.log(`  … ${message}`);
console.log(
  `Bench ${startedAt}: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, ` +
    `PostgreSQL ${machine.postgres}, PGlite ${machine.pglite}; ${options.runs} run(s)${options.quick ? ", quick" : ""}`,
);

const sim = await startSimulatorProcess({});
const databases = benchDatabases(POSTGRES_ADMIN_URL);
const runs: TFigure[][] = [];
try {
  const base = {
    options,
    sim,
    databases,
    progress,
    openPglite: () => openDatabase({ kind: "pglite", dataDir: "memory://" }),
  };
  for (const measure of measures) await measure.setUp?.(base);
  mkdirSync(options.out, { recursive: true });
  for (let run = 1; run <= options.runs; run++) {
    const figures: TFigure[] = [];
    for (const measure of measures) figures.push(...(await measure.run({ ...base, run })));
    runs.push(figures);
    const values: Record<string, number | null> = Object.fromEntries(REQUIRED_KEYS.map((key) => [key, null]));
    for (const figure of figures) values[figure.key] = figure.value;
    const file = join(options.out, `${startedAt.replace(/[:.]/g, "-")}-run${run}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ startedAt, run, quick: options.quick, machine, options: { ...options, only: [...options.only] }, ...values }, null, 2)}\n`,
    );
    progress(`run ${run} written to ${file}`);
  }
} finally {
  for (const measure of measures) await measure.tearDown?.();
  await databases.dropAll();
  await sim.close();
}
printTable(runs);

function printTable(runs: TFigure[][]) {
  const rows = runs[0]!.map((first) => {
    const values = runs
      .map((figures) => figures.find((f) => f.key === first.key)?.value)
      .filter((v): v is number => typeof v === "number");
    const min = values.length ? Math.min(...values) : null;
    const mid = values.length ? median(values) : null;
    // A goal is met when the median meets it; the worst run is shown beside it.
    const verdict = !first.goal ? "" : mid === null ? "–" : first.goal.met(mid) ? "met" : "NOT met";
    return [first.label, fmt(min), fmt(mid), first.unit, first.goal?.text ?? "", verdict];
  });
  const header = ["measure", "min", "median", "unit", "goal", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

function fmt(value: number | null): string {
  if (value === null) return "not measured";
  return Number.isInteger(value) ? value.toLocaleString("en") : String(value);
}
