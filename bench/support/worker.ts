// The worker of a bench run: a process of its own that opens the database,
// runs one QUEUED execution through the engine (as `npm run worker` would) and
// prints its wall time and peak resident memory as one JSON line.
//   BENCH_DATABASE_URL, BENCH_EXECUTION_ID
import { openDatabase } from "@/lib/db/client";
import { runExecution } from "@/lib/engine/run-execution";

export type TWorkerReport = { ms: number; peakRssMb: number };

const url = process.env.BENCH_DATABASE_URL;
const executionId = Number(process.env.BENCH_EXECUTION_ID);
if (!url || !Number.isInteger(executionId)) throw new Error("BENCH_DATABASE_URL and BENCH_EXECUTION_ID are required.");
const database = await openDatabase({ kind: "postgres", url });
const started = performance.now();
await runExecution({ prisma: database.prisma }, executionId);
const ms = performance.now() - started;
await database.close();
// maxRSS is in kilobytes: the high-water mark of the whole process.
const report: TWorkerReport = { ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
console.log(`BENCH_WORKER ${JSON.stringify(report)}`);
