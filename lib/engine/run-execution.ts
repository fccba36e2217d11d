// The job handler: claims a QUEUED execution, runs its function with a
// heartbeat, ends it with its outcome, releases the claim and notifies.
import type { TPrisma } from "@/lib/db/client";
import { readParameters } from "@/lib/functions/parameters";
import { FUNCTIONS } from "@/lib/functions/registry";
import { RunCancelledError, RunSupersededError, type TRunner } from "@/lib/functions/runner";
import { interfaceApiKey } from "@/lib/interfaces/interface-secret";
import { notifyOutcome } from "@/lib/notifications/notify-outcome";
import {
  createTixngoClient,
  TixngoError,
  type TTixngoCall,
  type TTixngoClientOptions,
  type TTixngoRetry,
} from "@/lib/tixngo/client";
import type { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { executionLogger, logger } from "./execution-log";
import { finishExecutionPersistently, type TEndOutcome } from "./finish-execution";
import { WorkerStoppedError } from "./worker-stopped";

/** How often a run proves itself alive (RUN_HEARTBEAT_MS: the reliability suite shortens it). */
export const HEARTBEAT_MS = Number(process.env.RUN_HEARTBEAT_MS ?? 5_000);

export type TRunDeps = {
  prisma: TPrisma;
  /** pg-boss's job signal: aborted when the job expires or the worker stops. */
  signal?: AbortSignal;
  heartbeatMs?: number;
  runners?: Partial<Record<ScheduleFunction, TRunner>>;
  /** Retry tuning of the TIXNGO client (tests shorten the waits). */
  tixngo?: Pick<TTixngoClientOptions, "maxAttempts" | "backoffMs" | "maxTotalMs" | "timeoutMs">;
};

const scheduleOf = (prisma: TPrisma, id: string) =>
  prisma.schedule.findUniqueOrThrow({ where: { id }, include: { interface: true, organization: true } });

export async function runExecution(deps: TRunDeps, executionId: number): Promise<void> {
  const { prisma } = deps;
  const claimed = await prisma.execution.updateMany({
    where: { id: executionId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date(), heartbeatAt: new Date() },
  });
  if (claimed.count === 0) return; // already run, cancelled or swept: nothing to do

  const controller = new AbortController();
  // The abort's reason says why the run stops: cancelled, worker stopping, job expired.
  const follow = () => controller.abort(deps.signal?.reason);
  if (deps.signal?.aborted) follow();
  else deps.signal?.addEventListener("abort", follow, { once: true });
  // Heartbeat: proves the run alive (the sweeper ends silent ones) and picks
  // up a cancellation request.
  const heartbeat = setInterval(() => {
    void prisma.execution
      .update({ where: { id: executionId }, data: { heartbeatAt: new Date() }, select: { cancelRequestedAt: true } })
      .then((row) => {
        if (row.cancelRequestedAt && !controller.signal.aborted) controller.abort(new RunCancelledError());
      })
      .catch((error: unknown) => logger.warn({ executionId, error: (error as Error).message }, "heartbeat failed"));
  }, deps.heartbeatMs ?? HEARTBEAT_MS);

  const log = executionLogger(prisma, executionId);
  // Lines written on the side (retries, call dumps) never stop the run: a
  // failed write is reported in the process log only.
  const note: typeof log = (level, message, data) =>
    log(level, message, data).catch((error: unknown) =>
      logger.warn({ executionId, error: (error as Error).message }, "execution log line lost"),
    );
  let outcome: TEndOutcome;
  let schedule: Awaited<ReturnType<typeof scheduleOf>> | undefined;
  try {
    const execution = await prisma.execution.findUniqueOrThrow({ where: { id: executionId } });
    schedule = await scheduleOf(prisma, execution.scheduleId);
    // Tests may replace the registry's runners with their own.
    const runner = deps.runners ? deps.runners[execution.function] : FUNCTIONS[execution.function].run;
    if (!runner) {
      outcome = {
        status: "ERROR",
        message: `${FUNCTIONS[execution.function].label} cannot run yet in this version.`,
      };
    } else {
      const parameters = readParameters(schedule.interface.customParameters);
      const client = createTixngoClient({
        apiUrl: schedule.interface.apiUrl,
        apiKey: await interfaceApiKey(prisma, schedule.interfaceId),
        signal: controller.signal,
        onRetry: (retry) => void note("WARN", retryLine(retry)),
        onCall: callDumper(note, parameters.maxLengthDumpedCallsInKbs),
        ...deps.tixngo,
      });
      await log("INFO", `${FUNCTIONS[execution.function].label} started (${execution.trigger.toLowerCase()}).`, {
        ticketIterationSize: parameters.ticketIterationSize,
      });
      outcome = await runner({
        prisma,
        execution,
        schedule,
        parameters,
        client,
        signal: controller.signal,
        log,
        now: () => new Date(),
      });
    }
  } catch (error) {
    outcome = describeFailure(error, controller.signal);
  } finally {
    deps.signal?.removeEventListener("abort", follow);
  }

  // The heartbeat goes on until the end is written: a worker waiting out a
  // database outage to record the real reason is alive, not to be swept.
  let ended: boolean;
  try {
    ended = await finishExecutionPersistently(prisma, executionId, outcome);
  } finally {
    clearInterval(heartbeat);
  }
  if (!ended || !schedule) return; // ended elsewhere (sweep), or never got as far as its schedule
  try {
    await notifyOutcome(prisma, { schedule, executionId, outcome, log: note });
  } catch (error) {
    logger.warn({ executionId, error: (error as Error).message }, "failure e-mail step failed");
  }
}

function retryLine({ attempt, maxAttempts, waitMs, elapsedMs, reason }: TTixngoRetry): string {
  return `TIXNGO call failed (attempt ${attempt} of ${maxAttempts}, ${(elapsedMs / 1000).toFixed(1)} s so far): ${reason} Retrying in ${(waitMs / 1000).toFixed(1)} s.`;
}

/**
 * maxLengthDumpedCallsInKbs: each TIXNGO exchange in the execution log, its
 * bodies cut to that size (0: the line without bodies). Headers, and so the
 * API key, are never part of it.
 */
function callDumper(log: ReturnType<typeof executionLogger>, kb: number) {
  const cut = (text: string | undefined) =>
    text === undefined || kb <= 0
      ? undefined
      : text.length > kb * 1024
        ? `${text.slice(0, kb * 1024)}… (${text.length} bytes)`
        : text;
  return (call: TTixngoCall) =>
    void log("DEBUG", `${call.method} ${call.path.split("?")[0]} → ${call.status ?? call.failure} in ${call.ms} ms`, {
      request: cut(call.request),
      response: cut(call.response),
    });
}

function describeFailure(error: unknown, signal: AbortSignal): TEndOutcome {
  const stoppedByAbort =
    error instanceof RunCancelledError || (error instanceof TixngoError && error.failure === "ABORTED");
  if (signal.aborted && stoppedByAbort) {
    const reason: unknown = signal.reason;
    if (reason instanceof WorkerStoppedError) return { status: "INTERRUPTED", message: reason.message };
    if (reason instanceof RunCancelledError)
      return { status: "CANCELLED", message: "Cancelled by an operator; committed pages are kept." };
    return {
      status: "ERROR",
      message: "The run passed its time limit and was stopped; committed pages are kept, the next run continues.",
    };
  }
  if (error instanceof RunSupersededError) return { status: "ERROR", message: error.message };
  if (error instanceof TixngoError)
    return { status: "ERROR", message: `TIXNGO call failed (${error.failure}): ${error.message}` };
  logger.error({ error }, "run failed");
  return {
    status: "ERROR",
    message: `The run failed: ${reasonOf(error)} Committed pages are kept; the next run continues from them.`,
  };
}

/**
 * The reason in one line: Prisma's messages open with the call that failed
 * and end with what the database said ("Code: `57P01`. Message: `terminating
 * connection due to administrator command`"): keep that last line.
 */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const last = lines.at(-1) ?? text;
  return /Code: `[0-9A-Z]{5}`/.test(last)
    ? `database error: ${last.replace(/^(Raw query failed|Database error)\.\s*/, "")}`
    : last;
}
