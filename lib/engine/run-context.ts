import type { TPrisma, TTransaction } from "@/lib/db/client";
import type { Execution, Prisma, Schedule } from "@/lib/generated/prisma/client";
import type { ItemOutcome, LogLevel } from "@/lib/generated/prisma/enums";
import type { TCustomParameters } from "@/lib/interfaces/custom-parameters";
import type { TTixngoClient } from "@/lib/tixngo/client";

export type TCounts = { read: number; sent: number; accepted: number; rejected: number; skipped: number };

export type TItem = { ticketId?: number | null; taxNumber: string; outcome: ItemOutcome; reason?: string };

/** What a sync function's I/O shell gets from the engine. */
export type TRunContext = {
  prisma: TPrisma;
  execution: Execution;
  schedule: Schedule;
  parameters: TCustomParameters;
  client: TTixngoClient;
  /** Aborted when the run is cancelled or its job expires. */
  signal: AbortSignal;
  log(level: LogLevel, message: string, data?: Record<string, unknown>): Promise<void>;
  now(): Date;
};

export type TRunOutcome = { status: "OK" | "WARNING" | "ERROR"; message: string };

export type TRunner = (context: TRunContext) => Promise<TRunOutcome>;

/** Thrown by a runner when the run stops on a cancellation request. */
export class RunCancelledError extends Error {
  constructor() {
    super("Cancelled by an operator.");
    this.name = "RunCancelledError";
  }
}

/** SPEC §6: OK when everything went through, WARNING when items were skipped or failed. */
export function outcomeOf(counts: TCounts, summary: string): TRunOutcome {
  const problems = counts.rejected + counts.skipped;
  return problems > 0
    ? { status: "WARNING", message: `${summary} ${problems} item(s) skipped or rejected.` }
    : { status: "OK", message: summary };
}

/**
 * Fencing: every page's transaction also bumps the execution's counts, on the
 * condition that it is still RUNNING. A run that was declared dead (sweeper)
 * or cancelled while it was stalled finds zero rows and rolls its page back,
 * so a run that lost its ActiveRun claim can never write next to its successor.
 */
export class RunSupersededError extends Error {
  constructor() {
    super("This run is no longer active (ended by the stale-run sweep or cancelled): its last page was rolled back.");
    this.name = "RunSupersededError";
  }
}

export async function bumpRunningExecution(
  tx: TTransaction,
  executionId: number,
  data: Prisma.ExecutionUpdateManyMutationInput,
) {
  const updated = await tx.execution.updateMany({ where: { id: executionId, status: "RUNNING" }, data });
  if (updated.count === 0) throw new RunSupersededError();
}

/** A page of up to 10,000 changes is one transaction: give it room, but not forever. */
export const PAGE_TRANSACTION = { timeout: 120_000, maxWait: 30_000 } as const;
