// What ticket injection and privilege injection share: reading TIXNGO's
// per-item answer, and committing one call's outcome.
import {
  bumpRunningExecution,
  PAGE_TRANSACTION,
  type TCounts,
  type TItem,
  type TRunContext,
} from "@/lib/functions/runner";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ItemRejection, type TBatchResponse } from "@/lib/tixngo/contract";
import { readBatchAnswer, type TSentRow } from "./batch-answer";
import { insertExecutionItems } from "./batch-writes";

/** ALREADY_INJECTED means TIXNGO has it (a retried call, a run cut short): it counts as printed. */
export function injectionOutcome(sent: TSentRow[], response: TBatchResponse): { printed: number[]; items: TItem[] } {
  const { accepted, items } = readBatchAnswer(sent, response, {
    acceptedAs: "INJECTED",
    alreadyDone: { reason: ItemRejection.ALREADY_INJECTED, as: "Already in TIXNGO" },
  });
  return { printed: accepted.map((r) => r.id), items };
}

/** One call's outcome in one fenced transaction: PRINTED tickets, skipped ones marked (not in simulation), report items, counts. */
export async function commitInjected(
  ctx: TRunContext,
  outcome: { read: number; sent: number; printed: number[]; items: TItem[]; printerId?: string; simulation?: boolean },
  counts: TCounts,
) {
  const { prisma, execution, schedule } = ctx;
  const skipped = outcome.items.filter((i) => i.outcome === "SKIPPED").length;
  const rejected = outcome.items.filter((i) => i.outcome === "REJECTED").length;
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    if (outcome.printed.length > 0) {
      await tx.ticket.updateMany({
        where: { id: { in: outcome.printed }, status: "NOT_PRINTED" },
        data: {
          status: "PRINTED",
          statusChangedAt: now,
          printedAt: now,
          printedById: outcome.printerId,
          injectedByScheduleId: schedule.id,
          tixngoStatus: "INJECTED",
          tixngoStatusChangedAt: now,
        },
      });
    }
    const skippedIds = outcome.items.filter((i) => i.outcome === "SKIPPED" && i.ticketId).map((i) => i.ticketId!);
    if (skippedIds.length > 0 && !outcome.simulation)
      // Raw, so `updatedAt` keeps the time of the ticket's last real change (see skippedLast).
      await tx.$executeRaw`UPDATE "Ticket" SET "injectionSkippedAt" = ${now} WHERE id = ANY(${skippedIds})`;
    await insertExecutionItems(tx, execution.id, outcome.items);
    await bumpRunningExecution(tx, execution.id, {
      readCount: { increment: outcome.read },
      sentCount: { increment: outcome.sent },
      acceptedCount: { increment: outcome.printed.length },
      rejectedCount: { increment: rejected },
      skippedCount: { increment: skipped },
    });
  }, PAGE_TRANSACTION);
  counts.read += outcome.read;
  counts.sent += outcome.sent;
  counts.accepted += outcome.printed.length;
  counts.skipped += skipped;
  counts.rejected += rejected;
}

/**
 * The order injection reads tickets in: first those never skipped or changed
 * since they were skipped, then those skipped by an earlier run (each pass by
 * id). Skipped rows are reconsidered at every run, but can never hold back a
 * valid ticket behind a batch size.
 */
export function skippedLast(
  where: Prisma.TicketWhereInput,
  runStartedAt: Date,
  /** `prisma.ticket.fields.injectionSkippedAt`: a column reference, so the comparison is per row. */
  skippedAtField: Prisma.FieldRef<"Ticket", "DateTime">,
): Prisma.TicketWhereInput[] {
  return [
    { AND: [where, { OR: [{ injectionSkippedAt: null }, { updatedAt: { gt: skippedAtField } }] }] },
    { AND: [where, { injectionSkippedAt: { lt: runStartedAt } }, { updatedAt: { lte: skippedAtField } }] },
  ];
}
