// Retrieve ticket status, the pure core: one page of the diff feed and the
// S-360 tickets it names → the ticket updates, the transaction-log rows, the
// changes the distribution may mirror and the per-item report. No I/O here;
// run.ts reads and writes.
//
// The replay rule lives here and nowhere else: a change whose sequence is at
// or below what its ticket already applied changes nothing (no ticket update,
// no transaction-log row, no distribution entry, no contact, no cultural
// contact move) and is reported "already applied". Re-reading the feed from
// an older pagination key, or a replay file, is therefore harmless.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TixngoStatus } from "@/lib/generated/prisma/enums";
import type { TItem } from "@/lib/functions/runner";
import type { TLifecycleTicket } from "@/lib/tixngo/contract";

export type TKnownTicket = { id: number; taxNumber: string; tixngoLastSequence: bigint | null };

export type TTicketUpdate = {
  id: number;
  status: TixngoStatus;
  statusChangedAt: Date;
  activationMethod: string | null;
  owner: TLifecycleTicket["owner"];
  ownerEmail: string | null;
  holder: TLifecycleTicket["spectatorDetails"];
  sequence: bigint;
};

/** The change a run with doContinueInCaseOfSyncError=false stopped at. */
export type TStoppedAt = { sequence: number; taxNumber: string; reason: string };

export type TStatusPlan = {
  updates: TTicketUpdate[];
  transactions: Prisma.TicketTransactionCreateManyInput[];
  /** The changes applied by this page, in feed order: the only ones the distribution may mirror. */
  fresh: TLifecycleTicket[];
  items: TItem[];
  counts: { read: number; accepted: number; skipped: number; alreadyApplied: number };
  /** Set when a change cannot be applied and the run must not go on: nothing of the page is to be committed. */
  stoppedAt?: TStoppedAt;
};

export const UNKNOWN_TICKET = "No ticket with this tax number in the organization.";

/**
 * Changes are applied in feed order (a replay file is sorted by sequence
 * first). Each ticket's last applied sequence moves forward with them, so a
 * change repeated in the same page is "already applied" too.
 */
export function planStatusUpdates(input: {
  changes: TLifecycleTicket[];
  tickets: Map<string, TKnownTicket>;
  skipTaxNumbers: Set<string>;
  executionId: number;
  /** doContinueInCaseOfSyncError: false stops the page at the first change that cannot be applied. */
  continueOnError: boolean;
}): TStatusPlan {
  const updates = new Map<number, TTicketUpdate>();
  const transactions: Prisma.TicketTransactionCreateManyInput[] = [];
  const fresh: TLifecycleTicket[] = [];
  const items: TItem[] = [];
  const counts = { read: input.changes.length, accepted: 0, skipped: 0, alreadyApplied: 0 };
  for (const change of input.changes) {
    if (input.skipTaxNumbers.has(change.taxNumber)) {
      items.push({ taxNumber: change.taxNumber, outcome: "SKIPPED", reason: "In the schedule's skip list." });
      counts.skipped++;
      continue;
    }
    const ticket = input.tickets.get(change.taxNumber);
    if (!ticket) {
      if (!input.continueOnError) {
        const stoppedAt = { sequence: change.sequence, taxNumber: change.taxNumber, reason: UNKNOWN_TICKET };
        return { updates: [], transactions: [], fresh: [], items: [], counts, stoppedAt };
      }
      items.push({ taxNumber: change.taxNumber, outcome: "SKIPPED", reason: UNKNOWN_TICKET });
      counts.skipped++;
      continue;
    }
    const sequence = BigInt(change.sequence);
    const applied = updates.get(ticket.id)?.sequence ?? ticket.tixngoLastSequence;
    if (applied !== null && sequence <= applied) {
      items.push({
        ticketId: ticket.id,
        taxNumber: change.taxNumber,
        outcome: "ALREADY_APPLIED",
        reason: `${change.status}: change #${sequence} is at or below the ticket's last applied change #${applied}; nothing changed.`,
      });
      counts.alreadyApplied++;
      continue;
    }
    fresh.push(change);
    transactions.push({
      ticketId: ticket.id,
      sequence,
      status: change.status,
      statusChangedAt: new Date(change.statusChangedAt),
      actor: change.actor,
      activationMethod: change.activationMethod ?? null,
      owner: change.owner ?? undefined,
      holder: change.spectatorDetails ?? undefined,
      previousOwner: change.previousOwner ?? undefined,
      transfer: change.transfer ?? undefined,
      executionId: input.executionId,
    });
    updates.set(ticket.id, {
      id: ticket.id,
      status: change.status,
      statusChangedAt: new Date(change.statusChangedAt),
      activationMethod: change.activationMethod ?? null,
      owner: change.owner,
      ownerEmail: change.owner?.email.toLowerCase() ?? null,
      holder: change.spectatorDetails,
      sequence,
    });
    // An applied change is counted, not itemised: it is in the ticket's transaction log,
    // and a million report rows nobody reads would cost as much as the change itself.
    counts.accepted++;
  }
  return { updates: [...updates.values()], transactions, fresh, items, counts };
}
