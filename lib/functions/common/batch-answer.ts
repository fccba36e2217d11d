// TIXNGO answers a batch call per item. Reading that answer is the same for
// every function that sends batches (ticket injection, privileges, pushes):
// each sent row is ACCEPTED or REJECTED with TIXNGO's reason, and a row TIXNGO
// did not mention is rejected (it will be retried).
import type { TItem } from "@/lib/functions/runner";
import type { TBatchResponse } from "@/lib/tixngo/contract";

export type TSentRow = { id: number; taxNumber: string };

export function readBatchAnswer<T extends TSentRow>(
  sent: T[],
  response: TBatchResponse,
  options: {
    /** The item's reason when accepted (e.g. "INJECTED"). */
    acceptedAs?: string;
    /** A rejection that means "already done" (a retried call): accepted with this reason. */
    alreadyDone?: { reason: string; as: string };
  } = {},
): { accepted: T[]; rejected: T[]; items: TItem[] } {
  const results = new Map(response.results.map((r) => [r.id, r]));
  const accepted: T[] = [];
  const rejected: T[] = [];
  const items: TItem[] = [];
  for (const row of sent) {
    const result = results.get(row.taxNumber);
    const done = result?.status === "REJECTED" && result.reason === options.alreadyDone?.reason;
    if (result?.status === "ACCEPTED" || done) {
      accepted.push(row);
      const reason = done ? options.alreadyDone?.as : options.acceptedAs;
      items.push({ ticketId: row.id, taxNumber: row.taxNumber, outcome: "ACCEPTED", ...(reason ? { reason } : {}) });
    } else {
      rejected.push(row);
      items.push({
        ticketId: row.id,
        taxNumber: row.taxNumber,
        outcome: "REJECTED",
        reason: result ? `${result.reason}: ${result.message ?? ""}`.trim() : "No result returned for this ticket.",
      });
    }
  }
  return { accepted, rejected, items };
}

/** Splits a run's batch into API calls of `size`. */
export function inCalls<T>(rows: T[], size: number): T[][] {
  const calls: T[][] = [];
  for (let start = 0; start < rows.length; start += size) calls.push(rows.slice(start, start + size));
  return calls;
}
