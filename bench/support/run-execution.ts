// Runs one QUEUED execution and checks it ended as a bench expects: on
// PostgreSQL in a worker process of its own (its peak memory is P5), on PGlite
// in this process (an embedded database lives in its process).
import { spawn } from "node:child_process";
import type { TDatabase } from "@/lib/db/client";
import { runExecution } from "@/lib/engine/run-execution";
import type { TWorkerReport } from "./worker";

export type TRunReport = { ms: number; peakRssMb: number | null };

export async function runBenchExecution(database: TDatabase, url: string | null, executionId: number) {
  let report: TRunReport;
  if (url) {
    report = await runInWorker(url, executionId);
  } else {
    const started = performance.now();
    await runExecution({ prisma: database.prisma }, executionId);
    report = { ms: performance.now() - started, peakRssMb: null };
  }
  const execution = await database.prisma.execution.findUniqueOrThrow({ where: { id: executionId } });
  if (execution.status !== "OK" && execution.status !== "WARNING")
    throw new Error(`Execution ${executionId} ended ${execution.status}: ${execution.message}`);
  return { ...report, execution };
}

async function runInWorker(url: string, executionId: number): Promise<TWorkerReport> {
  const child = spawn("tsx", ["bench/support/worker.ts"], {
    env: {
      ...process.env,
      BENCH_DATABASE_URL: url,
      BENCH_EXECUTION_ID: String(executionId),
      // BENCH_PROFILE=<dir>: the worker writes a V8 CPU profile there (read it with bench/support/profile-summary.ts).
      ...(process.env.BENCH_PROFILE ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PROFILE}` } : {}),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const line = output.split("\n").find((l) => l.startsWith("BENCH_WORKER "));
  if (code !== 0 || !line) throw new Error(`The bench worker failed (exit ${code}): ${output.slice(-2000)}`);
  return JSON.parse(line.slice("BENCH_WORKER ".length)) as TWorkerReport;
}
