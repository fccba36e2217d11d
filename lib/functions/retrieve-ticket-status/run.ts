// Retrieve ticket status, the I/O shell: read the diff feed from the stored
// pagination key, plan, and commit each page in one transaction together with
// the key that follows it, so the key only advances past committed work.
import type { TTransaction } from "@/lib/db/client";
import {
  bumpRunningExecution,
  PAGE_TRANSACTION,
  RunCancelledError,
  outcomeOf,
  type TCounts,
  type TRunContext,
  type TRunner,
} from "@/lib/functions/runner";
import { ZRetrieveStatusSettings } from "./settings";
import { MAX_DIFF_LIMIT, type TLifecycleTicket } from "@/lib/tixngo/contract";
import { planStatusUpdates, type TKnownTicket, type TStatusPlan, type TTicketUpdate } from "./plan";
import {
  changeKey,
  isTransferChange,
  planDistribution,
  type TDistributionPlan,
  type TKnownContact,
} from "./distribution";
import { parseReplayFile } from "./replay-file";
import { insertExecutionItems, insertTicketTransactions } from "../common/batch-writes";

export const retrieveTicketStatus: TRunner = async (ctx) => {
  const { prisma, execution, schedule, client } = ctx;
  const settings = ZRetrieveStatusSettings.parse(schedule.settings ?? {});
  const skip = new Set(settings.skipTaxNumbers);
  const upload = await prisma.scheduleUpload.findFirst({
    where: { scheduleId: schedule.id },
    orderBy: { uploadedAt: "desc" },
  });
  if (upload) return processReplayFile(ctx, upload, skip);
  const counts = newCounts();
  await prisma.execution.update({
    where: { id: execution.id },
    data: { paginationKeyBefore: schedule.paginationKey, totalCount: settings.batchSize },
  });
  await ctx.log(
    "INFO",
    schedule.paginationKey
      ? "Reading the TIXNGO diff feed from the stored pagination key."
      : "Reading the TIXNGO diff feed from the beginning (no pagination key yet).",
    { batchSize: settings.batchSize },
  );

  // Pages are read one after another, not prefetched: a worker told to stop
  // (SIGTERM) ends the run after its last committed page instead of
  // committing one more it already holds.
  let key = schedule.paginationKey;
  while (counts.read < settings.batchSize) {
    if (ctx.signal.aborted) throw new RunCancelledError();
    const page = await client.diff({
      paginationKey: key,
      limit: Math.min(MAX_DIFF_LIMIT, settings.batchSize - counts.read),
    });
    const plan = await commitPage(ctx, page.tickets, skip, page.nextPageKey);
    if (plan.stoppedAt) return stopped(ctx, plan);
    add(counts, plan);
    key = page.nextPageKey;
    await ctx.log("INFO", `Page committed: ${plan.counts.read} change(s), ${plan.updates.length} ticket(s) updated.`, {
      hasMore: page.hasMore,
    });
    if (!page.hasMore || page.tickets.length === 0) break;
  }
  return outcomeOf(counts, `${counts.read} change(s) read, ${applied(counts)}.`);
};

type TStatusCounts = TCounts & { alreadyApplied: number };

const newCounts = (): TStatusCounts => ({ read: 0, sent: 0, accepted: 0, rejected: 0, skipped: 0, alreadyApplied: 0 });

function add(counts: TStatusCounts, plan: TStatusPlan) {
  counts.read += plan.counts.read;
  counts.accepted += plan.counts.accepted;
  counts.skipped += plan.counts.skipped;
  counts.alreadyApplied += plan.counts.alreadyApplied;
}

const applied = (counts: TStatusCounts) =>
  `${counts.accepted} applied` + (counts.alreadyApplied > 0 ? `, ${counts.alreadyApplied} already applied` : "");

/**
 * doContinueInCaseOfSyncError=false: the page was not committed. The change
 * is named in the outcome and as the run's one FAILED item; the pagination
 * key stays before the page, so the next run meets the same change.
 */
async function stopped(ctx: TRunContext, plan: TStatusPlan) {
  const at = plan.stoppedAt!;
  await ctx.prisma.$transaction((tx) =>
    insertExecutionItems(tx, ctx.execution.id, [{ taxNumber: at.taxNumber, outcome: "FAILED", reason: at.reason }]),
  );
  return {
    status: "ERROR" as const,
    message:
      `Stopped at change #${at.sequence} (ticket ${at.taxNumber}): ${at.reason} ` +
      "Nothing of its page was committed (doContinueInCaseOfSyncError is false); the pagination key stays before it.",
  };
}

/**
 * Plans one page and commits it in one transaction: tickets, transaction log,
 * items, counts, and (when given) the pagination key that follows the page.
 */
async function commitPage(
  ctx: TRunContext,
  changes: TLifecycleTicket[],
  skip: Set<string>,
  nextPageKey: string | null,
) {
  const { prisma, execution, schedule } = ctx;
  const taxNumbers = [...new Set(changes.map((c) => c.taxNumber))];
  const known = await prisma.ticket.findMany({
    where: { organizationId: execution.organizationId, taxNumber: { in: taxNumbers } },
    select: { id: true, taxNumber: true, tixngoLastSequence: true, culturalContactId: true },
  });
  const plan = planStatusUpdates({
    changes,
    tickets: new Map<string, TKnownTicket>(known.map((t) => [t.taxNumber, t])),
    skipTaxNumbers: skip,
    executionId: execution.id,
    continueOnError: ctx.parameters.doContinueInCaseOfSyncError,
  });
  if (plan.stoppedAt) return plan;
  // Only the changes applied now are mirrored: a replay moves no contact and adds no entry.
  const distribution = ctx.parameters.enableTicketDistributionToCulturalContact
    ? await distributionFor(ctx, plan.fresh, known)
    : undefined;
  await prisma.$transaction(async (tx) => {
    await applyTicketUpdates(tx, plan.updates);
    if (distribution) await applyDistribution(tx, execution.organizationId, execution.id, distribution);
    await insertTicketTransactions(tx, plan.transactions);
    await insertExecutionItems(tx, execution.id, plan.items);
    if (nextPageKey !== null)
      await tx.schedule.update({ where: { id: schedule.id }, data: { paginationKey: nextPageKey } });
    await bumpRunningExecution(tx, execution.id, {
      ...(nextPageKey !== null ? { paginationKeyAfter: nextPageKey } : {}),
      readCount: { increment: plan.counts.read },
      acceptedCount: { increment: plan.counts.accepted },
      skippedCount: { increment: plan.counts.skipped },
    });
  }, PAGE_TRANSACTION);
  return plan;
}

/** Reads what the distribution needs for the page's transfers (contacts by e-mail, open PENDING entries) and plans. */
async function distributionFor(
  ctx: TRunContext,
  changes: TLifecycleTicket[],
  known: { id: number; taxNumber: string; culturalContactId: string | null }[],
) {
  const transfers = changes.filter(isTransferChange);
  if (transfers.length === 0) return undefined;
  const { prisma, execution } = ctx;
  const tickets = new Map(known.map((t) => [t.taxNumber, { id: t.id, culturalContactId: t.culturalContactId }]));
  const ticketIds = [
    ...new Set(transfers.map((c) => tickets.get(c.taxNumber)?.id).filter((id): id is number => id !== undefined)),
  ];
  const emails = [
    ...new Set(
      transfers.flatMap((c) => [c.transfer!.recipientEmail.toLowerCase(), c.transfer!.senderEmail.toLowerCase()]),
    ),
  ];
  const [contacts, open, existing] = await Promise.all([
    prisma.contact.findMany({
      where: { organizationId: execution.organizationId, email: { in: emails } },
      select: { id: true, email: true, temporary: true, hasInternetAccount: true, kind: true, number: true },
    }),
    prisma.distributionEntry.findMany({
      where: { ticketId: { in: ticketIds }, status: "PENDING" },
      select: { id: true, ticketId: true, newContact: { select: { email: true } } },
    }),
    prisma.distributionEntry.findMany({
      where: {
        ticketId: { in: ticketIds },
        OR: [{ transferKey: { in: transfers.map(changeKey) } }, { outcomeKey: { in: transfers.map(changeKey) } }],
      },
      select: { ticketId: true, transferKey: true, outcomeKey: true },
    }),
  ]);
  const contactsByEmail = new Map<string, TKnownContact[]>();
  for (const contact of contacts) {
    const key = contact.email!.toLowerCase();
    contactsByEmail.set(key, [...(contactsByEmail.get(key) ?? []), { ...contact, email: key }]);
  }
  return planDistribution({
    changes: transfers,
    tickets,
    contactsByEmail,
    openPending: open.map((o) => ({ id: o.id, ticketId: o.ticketId, recipientEmail: o.newContact.email ?? "" })),
    existingKeys: new Set(
      existing.flatMap((e) => [e.transferKey, e.outcomeKey].filter((k) => k !== null).map((k) => `${e.ticketId}|${k}`)),
    ),
  });
}

async function applyDistribution(
  tx: TTransaction,
  organizationId: string,
  executionId: number,
  plan: TDistributionPlan,
) {
  if (plan.createContacts.length > 0) {
    // Contact numbers continue the organization's sequence (retrieve-status runs alone).
    const { _max } = await tx.contact.aggregate({ where: { organizationId }, _max: { number: true } });
    let next = (_max.number ?? 100000) + 1;
    await tx.contact.createMany({
      data: plan.createContacts.map((c) => ({
        ...c,
        organizationId,
        number: next++,
        origin: "TIXNGO_DISTRIBUTION" as const,
      })),
    });
  }
  if (plan.updateContacts.length > 0) {
    // Temporary contacts becoming known, all in one statement.
    const u = plan.updateContacts;
    await tx.$executeRawUnsafe(
      `UPDATE "Contact" AS c SET temporary = false, title = v.title, "firstName" = v.first, "lastName" = v.last, "birthDate" = v.birth::date, email = v.email,
         nationality = v.nationality, "idNumber" = v.idn, "mobilePhone" = v.phone, "countryCode" = v.country, language = v.lang,
         "consentInstitutionEmail" = v.promo, "consentThirdPartyEmail" = v.third, "updatedAt" = (now() AT TIME ZONE 'UTC')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[], $13::boolean[])
         AS v(id, title, first, last, birth, email, nationality, idn, phone, country, lang, promo, third)
       WHERE c.id = v.id`,
      u.map((x) => x.id),
      u.map((x) => x.data.title),
      u.map((x) => x.data.firstName),
      u.map((x) => x.data.lastName),
      u.map((x) => x.data.birthDate?.toISOString().slice(0, 10) ?? null),
      u.map((x) => x.data.email),
      u.map((x) => x.data.nationality),
      u.map((x) => x.data.idNumber),
      u.map((x) => x.data.mobilePhone),
      u.map((x) => x.data.countryCode),
      u.map((x) => x.data.language),
      u.map((x) => x.data.consentInstitutionEmail),
      u.map((x) => x.data.consentThirdPartyEmail),
    );
  }
  if (plan.createEntries.length > 0) {
    await tx.distributionEntry.createMany({
      data: plan.createEntries.map((e) => ({
        ...e,
        organizationId,
        executionId,
      })),
      skipDuplicates: true,
    });
  }
  if (plan.resolveEntries.length > 0) {
    // One statement for all outcomes; only an entry still PENDING is resolved.
    await tx.$executeRawUnsafe(
      `UPDATE "DistributionEntry" AS d SET status = v.status::"DistributionStatus", "newContactId" = v.contact, "resolvedAt" = (v.at::timestamptz AT TIME ZONE 'UTC'),
         "outcomeKey" = v.outcome_key, "resolvedBy" = v.resolved_by, "executionId" = $7, "updatedAt" = (now() AT TIME ZONE 'UTC')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS v(id, status, contact, at, outcome_key, resolved_by)
       WHERE d.id = v.id AND d.status = 'PENDING'`,
      plan.resolveEntries.map((r) => r.id),
      plan.resolveEntries.map((r) => r.status),
      plan.resolveEntries.map((r) => r.newContactId),
      plan.resolveEntries.map((r) => r.resolvedAt.toISOString()),
      plan.resolveEntries.map((r) => r.outcomeKey),
      plan.resolveEntries.map((r) => r.resolvedBy),
      executionId,
    );
  }
  if (plan.culturalContacts.length > 0) {
    // Several transfers of one ticket in a page: the last one wins.
    const last = new Map(plan.culturalContacts.map((m) => [m.ticketId, m.contactId]));
    await tx.$executeRawUnsafe(
      `UPDATE "Ticket" AS t SET "culturalContactId" = v.contact FROM unnest($1::int[], $2::text[]) AS v(id, contact) WHERE t.id = v.id`,
      [...last.keys()],
      [...last.values()],
    );
  }
}

/** The uploaded file, processed as one page the diff endpoint could have returned; the key does not move. */
async function processReplayFile(ctx: TRunContext, upload: { fileName: string; content: string }, skip: Set<string>) {
  const { prisma, execution } = ctx;
  const parsed = parseReplayFile(upload.content);
  if (!parsed.ok)
    return {
      status: "ERROR" as const,
      message: `The uploaded file ${upload.fileName} is not valid: ${parsed.errors[0]}`,
    };
  await ctx.log(
    "WARN",
    `Processing the uploaded file ${upload.fileName} as if TIXNGO had returned it (${parsed.changes.length} change(s)); the pagination key is left unchanged.`,
  );
  await prisma.execution.update({ where: { id: execution.id }, data: { totalCount: parsed.changes.length } });
  const counts = newCounts();
  const pageSize = MAX_DIFF_LIMIT;
  for (let start = 0; start < parsed.changes.length; start += pageSize) {
    if (ctx.signal.aborted) throw new RunCancelledError();
    const plan = await commitPage(ctx, parsed.changes.slice(start, start + pageSize), skip, null);
    if (plan.stoppedAt) return stopped(ctx, plan);
    add(counts, plan);
  }
  return outcomeOf(counts, `${counts.read} change(s) read from ${upload.fileName}, ${applied(counts)}.`);
}

/** One statement for the whole page; a ticket's state never moves back to an older change. */
async function applyTicketUpdates(tx: TTransaction, updates: TTicketUpdate[]) {
  if (updates.length === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE "Ticket" AS t SET
       "tixngoStatus" = v.status::"TixngoStatus",
       "tixngoStatusChangedAt" = (v.changed_at::timestamptz AT TIME ZONE 'UTC'),
       "tixngoActivationMethod" = v.method,
       "tixngoOwner" = v.owner::jsonb,
       "tixngoOwnerEmail" = v.owner_email,
       "tixngoHolder" = v.holder::jsonb,
       "tixngoLastSequence" = v.seq,
       "tixngoLastSyncAt" = (now() AT TIME ZONE 'UTC'),
       "updatedAt" = (now() AT TIME ZONE 'UTC')
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[])
       AS v(id, status, changed_at, method, owner, owner_email, holder, seq)
     WHERE t.id = v.id AND (t."tixngoLastSequence" IS NULL OR t."tixngoLastSequence" < v.seq)`,
    updates.map((u) => u.id),
    updates.map((u) => u.status),
    updates.map((u) => u.statusChangedAt.toISOString()),
    updates.map((u) => u.activationMethod),
    updates.map((u) => (u.owner ? JSON.stringify(u.owner) : null)),
    updates.map((u) => u.ownerEmail),
    updates.map((u) => (u.holder ? JSON.stringify(u.holder) : null)),
    updates.map((u) => u.sequence.toString()),
  );
}
