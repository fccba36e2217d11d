// Retrieve ticket status, the pure core: one page of the diff feed and the
// S-360 tickets it names → the ticket updates, the transaction-log rows and
// the per-item report. No I/O here; run.ts reads and writes.
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

export type TStatusPlan = {
  updates: TTicketUpdate[];
  transactions: Prisma.TicketTransactionCreateManyInput[];
  items: TItem[];
  counts: { read: number; accepted: number; skipped: number };
};

/**
 * Changes are applied in feed order. A ticket's stored state only moves
 * forward (a change older than its last sequence is logged, not applied), so
 * replaying a page or a file never rolls a ticket back.
 */
export function planStatusUpdates(input: {
  changes: TLifecycleTicket[];
  tickets: Map<string, TKnownTicket>;
  skipTaxNumbers: Set<string>;
  executionId: number;
}): TStatusPlan {
  const updates = new Map<number, TTicketUpdate>();
  const transactions: Prisma.TicketTransactionCreateManyInput[] = [];
  const items: TItem[] = [];
  let accepted = 0;
  let skipped = 0;
  for (const change of input.changes) {
    if (input.skipTaxNumbers.has(change.taxNumber)) {
      items.push({ taxNumber: change.taxNumber, outcome: "SKIPPED", reason: "In the schedule's skip list." });
      skipped++;
      continue;
    }
    const ticket = input.tickets.get(change.taxNumber);
    if (!ticket) {
      items.push({
        taxNumber: change.taxNumber,
        outcome: "SKIPPED",
        reason: "No ticket with this tax number in the organization.",
      });
      skipped++;
      continue;
    }
    const sequence = BigInt(change.sequence);
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
    const current = updates.get(ticket.id)?.sequence ?? ticket.tixngoLastSequence ?? BigInt(0);
    if (sequence > current) {
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
    }
    items.push({ ticketId: ticket.id, taxNumber: change.taxNumber, outcome: "UPDATED", reason: change.status });
    accepted++;
  }
  return {
    updates: [...updates.values()],
    transactions,
    items,
    counts: { read: input.changes.length, accepted, skipped },
  };
}
