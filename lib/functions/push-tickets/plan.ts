// Push cancelled / push controlled, the pure rules (docs/functions.md: the push functions).
// Selection: every ticket whose current state TIXNGO has not accepted yet
// (the per-ticket push marker), plus Date from and the force list; never a
// time window, so no batch size and no change during a run can lose a ticket.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InvalidationReason } from "@/lib/generated/prisma/enums";
import type { TItem } from "@/lib/functions/runner";
import type { TBatchResponse } from "@/lib/tixngo/contract";
import { readBatchAnswer } from "../common/batch-answer";

export type TPushKind = "CANCELLED" | "CONTROLLED";

/** The S-360 statuses each push sends. */
export const PUSHED_STATUSES = {
  CANCELLED: ["CANCELLED", "INVALIDATED"],
  CONTROLLED: ["CONTROLLED"],
} as const satisfies Record<TPushKind, readonly string[]>;

/** `showDeletedTicket`: the reason's override, else "notify spectator", else the default. */
export function showDeletedTicket(
  reason: InvalidationReason,
  options: { overrideReasons: string[]; notifySpectator: boolean; defaultValue: boolean },
): boolean {
  if (options.overrideReasons.includes(reason)) return true;
  if (options.notifySpectator) return true;
  return options.defaultValue;
}

/**
 * Which tickets a run reads, in the order it sends them: pending ones (the
 * marker), those changed since Date from, and forced ones — never the skip
 * list, so skipped tickets take no room in the batch. Tickets TIXNGO rejected
 * go to the back of the queue: they are retried without blocking the others.
 */
export function pushSelection(
  kind: TPushKind,
  organizationId: string,
  settings: { dateFrom?: Date; forceTaxNumbers?: string[]; skipTaxNumbers: string[] },
): { where: Prisma.TicketWhereInput; orderBy: Prisma.TicketOrderByWithRelationInput[] } {
  const reasons: Prisma.TicketWhereInput[] = [{ pushPending: true }];
  if (settings.dateFrom) reasons.push({ statusChangedAt: { gte: settings.dateFrom } });
  if (settings.forceTaxNumbers?.length) reasons.push({ taxNumber: { in: settings.forceTaxNumbers } });
  return {
    where: {
      organizationId,
      status: { in: [...PUSHED_STATUSES[kind]] },
      OR: reasons,
      ...(settings.skipTaxNumbers.length ? { taxNumber: { notIn: settings.skipTaxNumbers } } : {}),
    },
    orderBy: [{ pushRejectedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
  };
}

export type TPushCandidate = { id: number; taxNumber: string; stateVersion: number; inTixngo: boolean };

/**
 * Splits the read tickets into those to send and those never sent to TIXNGO
 * (nothing to update there): these are reported once and settled, so they do
 * not come back run after run.
 */
export function planPush<T extends TPushCandidate>(rows: T[]): { send: T[]; settled: T[]; skipped: TItem[] } {
  const send: T[] = [];
  const settled: T[] = [];
  for (const row of rows) (row.inTixngo ? send : settled).push(row);
  return {
    send,
    settled,
    skipped: settled.map((row) => ({
      ticketId: row.id,
      taxNumber: row.taxNumber,
      outcome: "SKIPPED" as const,
      reason: "Never sent to TIXNGO: nothing to update there.",
    })),
  };
}

/** The pending tickets of the skip list: reported as skipped, left pending for when they leave the list. */
export function skipListItems(rows: { id: number; taxNumber: string }[]): TItem[] {
  return rows.map((row) => ({
    ticketId: row.id,
    taxNumber: row.taxNumber,
    outcome: "SKIPPED" as const,
    reason: "In the schedule's skip list.",
  }));
}

/**
 * One call's answer → the report items and the marker writes: an accepted
 * ticket is settled only at the state version that was sent (a ticket changed
 * since stays pending); a rejected one is marked so it queues behind the others.
 */
export function readPushAnswer<T extends TPushCandidate>(chunk: T[], response: TBatchResponse) {
  const { accepted, rejected, items } = readBatchAnswer(chunk, response);
  return {
    items,
    settle: settleByVersion(accepted),
    rejectedIds: rejected.map((r) => r.id),
    accepted: accepted.length,
  };
}

/** Tickets grouped by the state version to settle them at: one statement per version, not per ticket. */
export function settleByVersion(
  rows: { id: number; stateVersion: number }[],
): { stateVersion: number; ids: number[] }[] {
  const groups = new Map<number, number[]>();
  for (const row of rows) {
    const ids = groups.get(row.stateVersion) ?? [];
    ids.push(row.id);
    groups.set(row.stateVersion, ids);
  }
  return [...groups].map(([stateVersion, ids]) => ({ stateVersion, ids }));
}

/**
 * A push run with rejected tickets ends in ERROR; they stay pending and come
 * back next run (the successes are settled and not resent). Skipped tickets
 * only make it a WARNING.
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
