// What ticket injection and privilege injection share: reading TIXNGO's
// per-item answer, and committing one call's outcome.
import {
  bumpRunningExecution,
  PAGE_TRANSACTION,
  type TCounts,
  type TItem,
  type TRunContext,
} from "@/lib/functions/runner";
import { ItemRejection, type TBatchResponse } from "@/lib/tixngo/contract";
import { insertExecutionItems } from "./batch-writes";

/** ALREADY_INJECTED means TIXNGO has it (a retried call, a run cut short): it counts as printed. */
export function injectionOutcome(
  sent: { id: number; taxNumber: string }[],
  response: TBatchResponse,
): { printed: number[]; items: TItem[] } {
  const results = new Map(response.results.map((r) => [r.id, r]));
  const printed: number[] = [];
  const items: TItem[] = [];
  for (const { id, taxNumber } of sent) {
    const result = results.get(taxNumber);
    if (result?.status === "ACCEPTED" || result?.reason === ItemRejection.ALREADY_INJECTED) {
      printed.push(id);
      items.push({
        ticketId: id,
        taxNumber,
        outcome: "ACCEPTED",
        reason: result.status === "ACCEPTED" ? "INJECTED" : "Already in TIXNGO",
      });
    } else {
      items.push({
        ticketId: id,
        taxNumber,
        outcome: "REJECTED",
        reason: result ? `${result.reason}: ${result.message ?? ""}`.trim() : "No result returned for this ticket.",
      });
    }
  }
  return { printed, items };
}

/** One call's outcome in one fenced transaction: PRINTED tickets, report items, counts. */
export async function commitInjected(
  ctx: TRunContext,
  outcome: { read: number; sent: number; printed: number[]; items: TItem[]; printerId?: string },
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
