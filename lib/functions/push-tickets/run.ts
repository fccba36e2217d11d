// Push cancelled / push controlled, the I/O shell: select since the last OK or
// WARNING run (or Date from), send in calls of ticketIterationSize, mark each
// accepted ticket processed in the same transaction as its item.
import type { TPrisma } from "@/lib/db/client";
import {
  bumpRunningExecution,
  RunCancelledError,
  type TItem,
  type TRunContext,
  type TRunner,
} from "@/lib/functions/runner";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZPushCancelledSettings } from "../push-cancelled-tickets/settings";
import { ZPushControlledSettings } from "../push-controlled-tickets/settings";
import { MAX_ITEMS_PER_CALL, type TBatchResponse } from "@/lib/tixngo/contract";
import { pushOutcome, pushSince, showDeletedTicket, splitCandidates, type TPushCandidate } from "./plan";

async function lastSuccessfulEnd(prisma: TPrisma, scheduleId: string): Promise<Date | null> {
  const last = await prisma.execution.findFirst({
    where: { scheduleId, status: { in: ["OK", "WARNING"] } },
    orderBy: { endedAt: "desc" },
    select: { endedAt: true },
  });
  return last?.endedAt ?? null;
}

async function pushInCalls<T extends TPushCandidate>(
  ctx: TRunContext,
  rows: T[],
  skip: Set<string>,
  send: (chunk: T[]) => Promise<TBatchResponse>,
  /** The "processed" mark of an accepted ticket. */
  processed: (row: T) => Prisma.TicketUpdateManyMutationInput,
) {
  const { prisma, execution } = ctx;
  const iteration = Math.min(MAX_ITEMS_PER_CALL, ctx.parameters.ticketIterationSize);
  const { send: toSend, skipped } = splitCandidates(rows, skip);
  const counts = { sent: 0, accepted: 0, rejected: 0, skipped: skipped.length };
  await prisma.$transaction(async (tx) => {
    if (skipped.length)
      await tx.executionItem.createMany({ data: skipped.map((i) => ({ ...i, executionId: execution.id })) });
    await bumpRunningExecution(tx, execution.id, {
      readCount: { increment: rows.length },
      skippedCount: { increment: skipped.length },
    });
  });
  for (let start = 0; start < toSend.length; start += iteration) {
    if (ctx.signal.aborted) throw new RunCancelledError();
    const chunk = toSend.slice(start, start + iteration);
    const response = await send(chunk);
    const results = new Map(response.results.map((r) => [r.id, r]));
    const items: TItem[] = [];
    const accepted: T[] = [];
    for (const row of chunk) {
      const result = results.get(row.taxNumber);
      if (result?.status === "ACCEPTED") {
        accepted.push(row);
        items.push({ ticketId: row.id, taxNumber: row.taxNumber, outcome: "ACCEPTED" });
      } else {
        items.push({
          ticketId: row.id,
          taxNumber: row.taxNumber,
          outcome: "REJECTED",
          reason: result ? `${result.reason}: ${result.message ?? ""}`.trim() : "No result returned for this ticket.",
        });
      }
    }
    counts.sent += chunk.length;
    counts.accepted += accepted.length;
    counts.rejected += chunk.length - accepted.length;
    // One statement per distinct mark (e.g. per invalidation reason sent), not per ticket.
    const groups = new Map<string, { data: Prisma.TicketUpdateManyMutationInput; ids: number[] }>();
    for (const row of accepted) {
      const data = processed(row);
      const key = JSON.stringify(data);
      const group = groups.get(key) ?? { data, ids: [] };
      group.ids.push(row.id);
      groups.set(key, group);
    }
    await prisma.$transaction(async (tx) => {
      for (const group of groups.values())
        await tx.ticket.updateMany({ where: { id: { in: group.ids } }, data: group.data });
      await tx.executionItem.createMany({ data: items.map((i) => ({ ...i, executionId: execution.id })) });
      await bumpRunningExecution(tx, execution.id, {
        sentCount: { increment: chunk.length },
        acceptedCount: { increment: accepted.length },
        rejectedCount: { increment: chunk.length - accepted.length },
      });
    });
  }
  return counts;
}

export const pushControlledTickets: TRunner = async (ctx) => {
  const { prisma, execution, schedule, client } = ctx;
  const settings = ZPushControlledSettings.parse(schedule.settings ?? {});
  const since = pushSince(settings.dateFrom, await lastSuccessfulEnd(prisma, schedule.id));
  const found = await prisma.ticket.findMany({
    where: {
      organizationId: execution.organizationId,
      status: "CONTROLLED",
      statusChangedAt: { gte: since },
      pushedControlAt: null,
    },
    orderBy: { id: "asc" },
    take: settings.batchSize,
    select: { id: true, taxNumber: true, tixngoStatus: true, controlledAt: true, statusChangedAt: true },
  });
  await prisma.execution.update({ where: { id: execution.id }, data: { totalCount: found.length } });
  await ctx.log(
    "INFO",
    `${found.length} ticket(s) controlled since ${since.toISOString()}${settings.dateFrom ? " (Date from)" : ""}.`,
  );
  const rows = found.map((t) => ({ ...t, inTixngo: t.tixngoStatus !== null }));
  const now = new Date();
  const counts = await pushInCalls(
    ctx,
    rows,
    new Set(settings.skipTaxNumbers),
    (chunk) =>
      client.controlTickets({
        tickets: chunk.map((t) => ({
          ticketId: t.taxNumber,
          controlledAt: (t.controlledAt ?? t.statusChangedAt).toISOString(),
        })),
      }),
    () => ({ pushedControlAt: now, pushedControlScheduleId: schedule.id }),
  );
  return pushOutcome(counts, "controlled");
};

export const pushCancelledTickets: TRunner = async (ctx) => {
  const { prisma, execution, schedule, client } = ctx;
  const settings = ZPushCancelledSettings.parse(schedule.settings ?? {});
  const since = pushSince(settings.dateFrom, await lastSuccessfulEnd(prisma, schedule.id));
  const gone = {
    organizationId: execution.organizationId,
    status: { in: ["CANCELLED", "INVALIDATED"] },
  } satisfies Prisma.TicketWhereInput;
  const found = await prisma.ticket.findMany({
    where: {
      OR: [
        // Changed since, and not sent yet with this reason (a new reason is sent again).
        {
          ...gone,
          statusChangedAt: { gte: since },
          OR: [
            { pushedInvalidationReason: null },
            {
              pushedInvalidationReason: { not: null },
              NOT: { pushedInvalidationReason: { equals: prisma.ticket.fields.invalidationReason } },
            },
          ],
        },
        // Forced: sent even when already processed.
        ...(settings.forceTaxNumbers.length ? [{ ...gone, taxNumber: { in: settings.forceTaxNumbers } }] : []),
      ],
    },
    orderBy: { id: "asc" },
    take: settings.batchSize,
    select: { id: true, taxNumber: true, tixngoStatus: true, invalidationReason: true, statusChangedAt: true },
  });
  await prisma.execution.update({ where: { id: execution.id }, data: { totalCount: found.length } });
  await ctx.log(
    "INFO",
    `${found.length} ticket(s) cancelled or invalidated since ${since.toISOString()}${settings.dateFrom ? " (Date from)" : ""}${settings.forceTaxNumbers.length ? `, ${settings.forceTaxNumbers.length} forced` : ""}.`,
  );
  const overrideReasons: string[] = ctx.parameters.overrideVisibilityFlagForInvalidationReasons;
  const defaultValue = ctx.parameters.visibilityFlagDefaultValue;
  const rows = found.map((t) => ({ ...t, inTixngo: t.tixngoStatus !== null }));
  const now = new Date();
  const counts = await pushInCalls(
    ctx,
    rows,
    new Set(settings.skipTaxNumbers),
    (chunk) =>
      client.invalidateTickets({
        tickets: chunk.map((t) => {
          const reason = t.invalidationReason ?? "CANCELLED";
          return {
            ticketId: t.taxNumber,
            reason,
            showDeletedTicket: showDeletedTicket(reason, {
              overrideReasons,
              notifySpectator: settings.notifySpectator,
              defaultValue,
            }),
          };
        }),
      }),
    (row) => ({
      pushedInvalidationReason: row.invalidationReason ?? "CANCELLED",
      pushedInvalidationAt: now,
      pushedInvalidationScheduleId: schedule.id,
    }),
  );
  return pushOutcome(counts, "cancelled or invalidated");
};
