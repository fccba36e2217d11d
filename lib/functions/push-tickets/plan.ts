// Push cancelled / push controlled, the pure rules (docs/functions.md: the push functions).
import type { InvalidationReason } from "@/lib/generated/prisma/enums";
import type { TItem } from "@/lib/functions/runner";

/** `showDeletedTicket`: the reason's override, else "notify spectator", else the default. */
export function showDeletedTicket(
  reason: InvalidationReason,
  options: { overrideReasons: string[]; notifySpectator: boolean; defaultValue: boolean },
): boolean {
  if (options.overrideReasons.includes(reason)) return true;
  if (options.notifySpectator) return true;
  return options.defaultValue;
}

/** Where a push run starts: Date from when set, else the end of the last OK or WARNING run, else the beginning. */
export function pushSince(dateFrom: Date | undefined, lastSuccessfulEnd: Date | null): Date {
  return dateFrom ?? lastSuccessfulEnd ?? new Date(0);
}

export type TPushCandidate = { id: number; taxNumber: string; inTixngo: boolean };

/** Splits candidates into those to send and those skipped (skip list, never in TIXNGO). */
export function splitCandidates<T extends TPushCandidate>(
  rows: T[],
  skip: Set<string>,
): { send: T[]; skipped: TItem[] } {
  const send: T[] = [];
  const skipped: TItem[] = [];
  for (const row of rows) {
    if (skip.has(row.taxNumber))
      skipped.push({
        ticketId: row.id,
        taxNumber: row.taxNumber,
        outcome: "SKIPPED",
        reason: "In the schedule's skip list.",
      });
    else if (!row.inTixngo)
      skipped.push({
        ticketId: row.id,
        taxNumber: row.taxNumber,
        outcome: "SKIPPED",
        reason: "Never sent to TIXNGO: nothing to update there.",
      });
    else send.push(row);
  }
  return { send, skipped };
}

/**
 * A push run with rejected tickets ends in ERROR, so its "since" does not move
 * and the failures come back next run (the successes are marked processed and
 * are not resent). Skipped tickets only make it a WARNING.
 */
export function pushOutcome(
  counts: { sent: number; accepted: number; rejected: number; skipped: number },
  what: string,
) {
  if (counts.rejected > 0) {
    return {
      status: "ERROR" as const,
      message: `${counts.rejected} ${what} ticket(s) rejected by TIXNGO: fix or skip them; ${counts.accepted} sent and marked processed.`,
    };
  }
  if (counts.skipped > 0)
    return {
      status: "WARNING" as const,
      message: `${counts.accepted} ${what} ticket(s) sent; ${counts.skipped} skipped.`,
    };
  return { status: "OK" as const, message: `${counts.accepted} ${what} ticket(s) sent.` };
}
