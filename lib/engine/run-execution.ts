// The job handler: claims a QUEUED execution, runs its function with a
// heartbeat, ends it with its outcome, releases the claim and notifies.
import type { TPrisma } from "@/lib/db/client";
import { readParameters } from "@/lib/functions/parameters";
import { interfaceApiKey } from "@/lib/interfaces/interface-secret";
import { sendFailureMail } from "@/lib/notifications/failure-mail";
import { FUNCTIONS } from "@/lib/functions/registry";
import { createTixngoClient, TixngoError, type TTixngoCall } from "@/lib/tixngo/client";
import type { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { executionLogger, logger } from "./execution-log";
import { finishExecution } from "./finish-execution";
import { RunCancelledError, RunSupersededError, type TRunner, type TRunOutcome } from "@/lib/functions/runner";

export const HEARTBEAT_MS = 5_000;

export type TRunDeps = {
  prisma: TPrisma;
  /** pg-boss's job signal: aborted when the job expires or the worker stops. */
  signal?: AbortSignal;
  heartbeatMs?: number;
  runners?: Partial<Record<ScheduleFunction, TRunner>>;
};

export async function runExecution(deps: TRunDeps, executionId: number): Promise<void> {
  const { prisma } = deps;
  const claimed = await prisma.execution.updateMany({
    where: { id: executionId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date(), heartbeatAt: new Date() },
  });
  if (claimed.count === 0) return; // already run, cancelled or swept: nothing to do

  const execution = await prisma.execution.findUniqueOrThrow({ where: { id: executionId } });
  const schedule = await prisma.schedule.findUniqueOrThrow({
    where: { id: execution.scheduleId },
    include: { interface: true, organization: true },
  });
  const log = executionLogger(prisma, executionId);
  const controller = new AbortController();
  deps.signal?.addEventListener("abort", () => controller.abort(), { once: true });

  // Heartbeat: proves the run alive (the sweeper ends silent ones) and picks
  // up a cancellation request.
  const heartbeat = setInterval(() => {
    void prisma.execution
      .update({ where: { id: executionId }, data: { heartbeatAt: new Date() }, select: { cancelRequestedAt: true } })
      .then((row) => {
        if (row.cancelRequestedAt) controller.abort();
      })
      .catch((error: unknown) => logger.warn({ executionId, error: (error as Error).message }, "heartbeat failed"));
  }, deps.heartbeatMs ?? HEARTBEAT_MS);

  let outcome: TRunOutcome | { status: "CANCELLED"; message: string };
  try {
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
        onRetry: ({ attempt, waitMs, reason }) =>
          void log("WARN", `TIXNGO call retried (attempt ${attempt + 1}) in ${Math.round(waitMs)} ms: ${reason}`),
        onCall: callDumper(log, parameters.maxLengthDumpedCallsInKbs),
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
    outcome = describeFailure(error, controller.signal.aborted);
  } finally {
    clearInterval(heartbeat);
  }

  await log(outcome.status === "ERROR" ? "ERROR" : "INFO", `Ended ${outcome.status}: ${outcome.message}`);
  await finishExecution(prisma, executionId, outcome);

  if (outcome.status === "ERROR" || (outcome.status === "WARNING" && schedule.notifyOnWarning)) {
    const ended = await prisma.execution.findUniqueOrThrow({ where: { id: executionId } });
    const mail = await sendFailureMail({
      to: schedule.interface.failureEmails,
      organizationName: schedule.organization.name,
      scheduleName: schedule.name,
      functionName: FUNCTIONS[execution.function].label,
      executionId,
      status: outcome.status,
      message: outcome.message,
      counts: {
        read: ended.readCount,
        sent: ended.sentCount,
        accepted: ended.acceptedCount,
        rejected: ended.rejectedCount,
        skipped: ended.skippedCount,
      },
      appUrl: process.env.APP_URL,
    });
    await log(
      mail.sent ? "INFO" : "WARN",
      mail.sent ? `Failure e-mail sent to ${schedule.interface.failureEmails.join(", ")}.` : mail.reason,
    );
  }
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

function describeFailure(error: unknown, aborted: boolean): TRunOutcome | { status: "CANCELLED"; message: string } {
  if (error instanceof RunCancelledError || (aborted && error instanceof TixngoError && error.failure === "ABORTED")) {
    return { status: "CANCELLED", message: "Cancelled by an operator; committed pages are kept." };
  }
  if (error instanceof RunSupersededError) return { status: "ERROR", message: error.message };
  if (error instanceof TixngoError)
    return { status: "ERROR", message: `TIXNGO call failed (${error.failure}): ${error.message}` };
  logger.error({ error }, "run failed");
  return { status: "ERROR", message: `The run failed: ${(error as Error).message ?? String(error)}` };
}
