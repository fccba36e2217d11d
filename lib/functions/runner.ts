// The run contract between the engine and the five functions: what a
// function's I/O shell gets (TRunContext), what it returns (TRunOutcome), and
// the fencing every page's transaction goes through.

import type { z } from "zod";
import type { TPrisma, TTransaction } from "@/lib/db/client";
import type { Execution, Prisma, Schedule } from "@/lib/generated/prisma/client";
import type { ItemOutcome, LogLevel } from "@/lib/generated/prisma/enums";
import type { TTixngoClient } from "@/lib/tixngo/client";
import type { TParameters } from "./parameters";

export type TCounts = { read: number; sent: number; accepted: number; rejected: number; skipped: number };

export type TItem = { ticketId?: number | null; taxNumber: string; outcome: ItemOutcome; reason?: string };

/** What a sync function's I/O shell gets from the engine. */
export type TRunContext = {
  prisma: TPrisma;
  execution: Execution;
  schedule: Schedule;
  /** The interface's custom parameters, typed, defaults applied. */
  parameters: TParameters;
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

/** OK when everything went through, WARNING when items were skipped or failed. */
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

/** One sync function, as the registry knows it: adding a function is a folder with one of these. */
export type TFunctionDefinition<TSettings extends z.ZodType = z.ZodType> = {
  label: string;
  /** The name operators know it by in the S-360 documentation. */
  aka: string;
  summary: string;
  /** Its settings: the wizard's form, the save action and the runner all read them through this schema. */
  settings: TSettings;
  run: TRunner;
};
