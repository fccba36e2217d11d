// Hot-path inserts as one statement each (unnest of column arrays): Prisma's
// createMany spends seconds serializing 10,000 rows with JSON columns.
import type { TTransaction } from "@/lib/db/client";
import type { TItem } from "@/lib/functions/runner";
import type { Prisma } from "@/lib/generated/prisma/client";

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Transaction-log rows; a (ticketId, sequence) already recorded is left alone. */
export async function insertTicketTransactions(tx: TTransaction, rows: Prisma.TicketTransactionCreateManyInput[]) {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "TicketTransaction" ("ticketId", sequence, status, "statusChangedAt", actor, "activationMethod", owner, holder, "previousOwner", transfer, "executionId", "receivedAt")
     SELECT v.ticket, v.seq, v.status::"TixngoStatus", (v.at::timestamptz AT TIME ZONE 'UTC'), v.actor, v.method, v.owner::jsonb, v.holder::jsonb, v.previous::jsonb, v.transfer::jsonb, v.execution, (now() AT TIME ZONE 'UTC')
     FROM unnest($1::int[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[])
       AS v(ticket, seq, status, at, actor, method, owner, holder, previous, transfer, execution)
     ON CONFLICT ("ticketId", sequence) DO NOTHING`,
    rows.map((r) => r.ticketId),
    rows.map((r) => String(r.sequence)),
    rows.map((r) => r.status),
    rows.map((r) => new Date(r.statusChangedAt).toISOString()),
    rows.map((r) => r.actor),
    rows.map((r) => r.activationMethod ?? null),
    rows.map((r) => json(r.owner)),
    rows.map((r) => json(r.holder)),
    rows.map((r) => json(r.previousOwner)),
    rows.map((r) => json(r.transfer)),
    rows.map((r) => r.executionId ?? null),
  );
}

/** An execution's per-item report rows. */
export async function insertExecutionItems(tx: TTransaction, executionId: number, items: TItem[]) {
  if (items.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "ExecutionItem" ("executionId", "ticketId", "taxNumber", outcome, reason, "createdAt")
     SELECT $1, v.ticket, v.tax, v.outcome::"ItemOutcome", v.reason, (now() AT TIME ZONE 'UTC')
     FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS v(ticket, tax, outcome, reason)`,
    executionId,
    items.map((i) => i.ticketId ?? null),
    items.map((i) => i.taxNumber),
    items.map((i) => i.outcome),
    items.map((i) => i.reason ?? null),
  );
}
