// Push cancelled / push controlled, the I/O shell: read the tickets the plan
// selects (the push marker, Date from, force list), send them in calls of
// ticketIterationSize, and settle each accepted ticket's marker in the
// transaction of its call's items and counts.
import {
  bumpRunningExecution,
  PAGE_TRANSACTION,
  RunCancelledError,
  type TRunContext,
  type TRunner,
} from "@/lib/functions/runner";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAX_ITEMS_PER_CALL, type TBatchResponse } from "@/lib/tixngo/contract";
import { inCalls } from "../common/batch-answer";
import { insertExecutionItems } from "../common/batch-writes";
import { ZPushCancelledSettings } from "../push-cancelled-tickets/settings";
import { ZPushControlledSettings } from "../push-controlled-tickets/settings";
import {
  planPush,
  pushOutcome,
  pushSelection,
  readPushAnswer,
  settleByVersion,
  showDeletedTicket,
  skipListItems,
  type TPushCandidate,
  type TPushKind,
} from "./plan";

const CANDIDATE = {
  id: true,
  taxNumber: true,
  stateVersion: true,
  tixngoStatus: true,
  injectedByScheduleId: true,
  statusChangedAt: true,
  controlledAt: true,
  invalidationReason: true,
} as const satisfies Prisma.TicketSelect;

type TRow = Prisma.TicketGetPayload<{ select: typeof CANDIDATE }> & TPushCandidate;

async function pushTickets(
  ctx: TRunContext,
  kind: TPushKind,
  settings: { batchSize?: number; dateFrom?: Date; forceTaxNumbers?: string[]; skipTaxNumbers: string[] },
  send: (chunk: TRow[]) => Promise<TBatchResponse>,
  /** What an accepted ticket's row records about the sent state, beside the settled marker. */
  sentMark: (row: TRow) => Prisma.TicketUpdateManyMutationInput,
) {
  const { prisma, execution } = ctx;
  const { where, orderBy } = pushSelection(kind, execution.organizationId, settings);
  const found = await prisma.ticket.findMany({ where, orderBy, take: settings.batchSize, select: CANDIDATE });
  const rows: TRow[] = found.map((t) => ({
    ...t,
    inTixngo: t.tixngoStatus !== null || t.injectedByScheduleId !== null,
  }));
  const skipListed = settings.skipTaxNumbers.length
    ? await prisma.ticket.findMany({
        where: {
          ...pushSelection(kind, execution.organizationId, { skipTaxNumbers: [] }).where,
          taxNumber: { in: settings.skipTaxNumbers },
        },
        select: { id: true, taxNumber: true },
      })
    : [];
  const plan = planPush(rows);
  const skipped = [...skipListItems(skipListed), ...plan.skipped];
  await ctx.log(
    "INFO",
    `${rows.length} ticket(s) to send${settings.dateFrom ? ` (with Date from ${settings.dateFrom.toISOString()})` : ""}${
      settings.forceTaxNumbers?.length ? `, ${settings.forceTaxNumbers.length} forced` : ""
    }; ${skipped.length} skipped.`,
  );
  await prisma.$transaction(async (tx) => {
    // Never in TIXNGO: settled at the version read, so a later change is still seen.
    for (const group of settleByVersion(plan.settled))
      await tx.ticket.updateMany({
        where: { id: { in: group.ids }, stateVersion: group.stateVersion },
        data: { pushPending: false },
      });
    await insertExecutionItems(tx, execution.id, skipped);
    await bumpRunningExecution(tx, execution.id, {
      totalCount: rows.length + skipListed.length,
      readCount: { increment: rows.length + skipListed.length },
      skippedCount: { increment: skipped.length },
    });
  });
  const counts = { sent: 0, accepted: 0, rejected: 0, skipped: skipped.length };
  const size = Math.min(MAX_ITEMS_PER_CALL, ctx.parameters.ticketIterationSize);
  for (const chunk of inCalls(plan.send, size)) {
    if (ctx.signal.aborted) throw new RunCancelledError();
    const answer = readPushAnswer(chunk, await send(chunk));
    const marks = new Map(chunk.map((row) => [row.id, sentMark(row)]));
    const now = ctx.now();
    await prisma.$transaction(async (tx) => {
      for (const group of answer.settle)
        for (const [key, ids] of byMark(group.ids, marks))
          await tx.ticket.updateMany({
            where: { id: { in: ids }, stateVersion: group.stateVersion },
            data: { ...JSON.parse(key), pushPending: false, pushRejectedAt: null },
          });
      if (answer.rejectedIds.length)
        await tx.ticket.updateMany({ where: { id: { in: answer.rejectedIds } }, data: { pushRejectedAt: now } });
      await insertExecutionItems(tx, execution.id, answer.items);
      await bumpRunningExecution(tx, execution.id, {
        sentCount: { increment: chunk.length },
        acceptedCount: { increment: answer.accepted },
        rejectedCount: { increment: answer.rejectedIds.length },
      });
    }, PAGE_TRANSACTION);
    counts.sent += chunk.length;
    counts.accepted += answer.accepted;
    counts.rejected += answer.rejectedIds.length;
  }
  return counts;
}

/** Ids grouped by their (JSON) mark: one statement per distinct mark, e.g. per invalidation reason. */
function byMark(ids: number[], marks: Map<number, Prisma.TicketUpdateManyMutationInput>): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const id of ids) {
    const key = JSON.stringify(marks.get(id));
    const group = groups.get(key) ?? [];
    group.push(id);
    groups.set(key, group);
  }
  return groups;
}

export const pushControlledTickets: TRunner = async (ctx) => {
  const { schedule, client } = ctx;
  const settings = ZPushControlledSettings.parse(schedule.settings ?? {});
  const now = ctx.now();
  const counts = await pushTickets(
    ctx,
    "CONTROLLED",
    settings,
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
  const { schedule, client } = ctx;
  const settings = ZPushCancelledSettings.parse(schedule.settings ?? {});
  const overrideReasons: string[] = ctx.parameters.overrideVisibilityFlagForInvalidationReasons;
  const defaultValue = ctx.parameters.visibilityFlagDefaultValue;
  const now = ctx.now();
  const counts = await pushTickets(
    ctx,
    "CANCELLED",
    settings,
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
