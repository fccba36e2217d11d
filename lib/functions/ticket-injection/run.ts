// Ticket injection, the I/O shell (docs/functions.md: ticket injection): NOT_PRINTED tickets by id,
// filtered, at most the batch size; events created first; calls of
// ticketIterationSize tickets; each call's outcome committed in one transaction.
import {
  RunCancelledError,
  outcomeOf,
  type TCounts,
  type TItem,
  type TRunContext,
  type TRunner,
} from "@/lib/functions/runner";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applyTemplate, ZTicketTemplate } from "@/lib/functions/ticket-injection/ticket-template";
import { MAX_ITEMS_PER_CALL, ZTicket, type TTicketInput } from "@/lib/tixngo/contract";
import { commitInjected, injectionOutcome, skippedLast } from "../common/injection-outcome";
import { ZInjectionSettings, type TInjectionSettings } from "./settings";
import { inLanes } from "../common/in-lanes";
import { beneficiaryOf, eventPayload, missingHolderFields, ticketPayload } from "./payload";
import { readInjectionPage, type TInjectionPageRow } from "./read-page";

export const TICKET_KINDS = ["EVENT", "MATCH", "OPEN_PASS", "SERVICE"] as const;

const CONTACT = {
  select: {
    title: true,
    firstName: true,
    lastName: true,
    email: true,
    birthDate: true,
    nationality: true,
    idNumber: true,
    mobilePhone: true,
    countryCode: true,
    language: true,
    consentInstitutionEmail: true,
    consentThirdPartyEmail: true,
    temporary: true,
  },
} as const;

export const INJECTION_ROW = {
  id: true,
  taxNumber: true,
  barcode: true,
  priceCents: true,
  currency: true,
  gate: true,
  block: true,
  row: true,
  seat: true,
  holderFirstName: true,
  holderLastName: true,
  holderEmail: true,
  holderBirthDate: true,
  holderIdNumber: true,
  holderCountryCode: true,
  holderBirthRegion: true,
  holderBirthPlace: true,
  tariff: { select: { code: true, name: true } },
  seatCategory: { select: { code: true, name: true } },
  product: { select: { code: true, name: true, family: true } },
  performance: {
    select: { id: true, code: true, name: true, startsAt: true, endsAt: true, tixngoEventSyncedAt: true, site: true },
  },
  file: { select: { number: true, purchasedAt: true, purchaser: CONTACT } },
  culturalContact: CONTACT,
} satisfies Prisma.TicketSelect;

/** The injection filters (docs/functions.md): all cumulative, except the file number which excludes the others. */
export function injectionWhere(organizationId: string, settings: TInjectionSettings): Prisma.TicketWhereInput {
  const base: Prisma.TicketWhereInput = {
    organizationId,
    status: "NOT_PRINTED",
    product: { kind: { in: [...TICKET_KINDS] } },
  };
  if (settings.fileNumber) return { ...base, file: { number: settings.fileNumber } };
  const and: Prisma.TicketWhereInput[] = [];
  if (settings.salesChannels.length) and.push({ file: { salesChannel: { code: { in: settings.salesChannels } } } });
  if (settings.seasons.length) and.push({ product: { season: { code: { in: settings.seasons } } } });
  if (settings.productFamilies.length) and.push({ product: { family: { in: settings.productFamilies } } });
  if (settings.products.length) and.push({ product: { code: { in: settings.products } } });
  if (settings.performances.length) and.push({ performance: { code: { in: settings.performances } } });
  if (settings.tariffs.length) and.push({ tariff: { code: { in: settings.tariffs } } });
  if (settings.seatCategories.length) and.push({ seatCategory: { code: { in: settings.seatCategories } } });
  return and.length ? { ...base, AND: and } : base;
}

export const injectTickets: TRunner = async (ctx) => {
  const { prisma, execution, schedule } = ctx;
  const settings = ZInjectionSettings.parse(schedule.settings ?? {});
  const printer = await prisma.pointOfSale.findFirst({
    where: { organizationId: execution.organizationId, code: settings.printerPointOfSale },
  });
  if (!printer)
    return {
      status: "ERROR",
      message: `The point of sale ${settings.printerPointOfSale} no longer exists: fix the schedule.`,
    };
  const iface = await prisma.interface.findUniqueOrThrow({ where: { id: schedule.interfaceId } });
  const template = iface.type === "TIXNGO_WITH_TEMPLATE" ? ZTicketTemplate.parse(iface.ticketTemplate ?? []) : [];
  const iteration = Math.min(MAX_ITEMS_PER_CALL, ctx.parameters.ticketIterationSize);
  const enforce = ctx.parameters.enforceMandatoryParameters;
  const where = injectionWhere(execution.organizationId, settings);
  const total = Math.min(settings.batchSize, await prisma.ticket.count({ where }));
  await prisma.execution.update({
    where: { id: execution.id },
    data: { totalCount: total, simulation: settings.simulation },
  });
  await ctx.log(
    "INFO",
    `${total} NOT_PRINTED ticket(s) to consider${settings.simulation ? " (simulation: nothing will be sent or changed)" : ""}, ${iteration} per call.`,
  );

  const counts: TCounts = { read: 0, sent: 0, accepted: 0, rejected: 0, skipped: 0 };
  const events = eventsOnce(ctx);
  const passes = skippedLast(where, ctx.now(), prisma.ticket.fields.injectionSkippedAt);
  let pass = 0;
  let afterId = 0;
  let picked = 0;
  // Pages go out INJECTION_LANES at a time: the next page is read and built
  // while earlier ones wait on TIXNGO or commit (each still in its own transaction).
  await inLanes(
    INJECTION_LANES,
    async () => {
      if (ctx.signal.aborted) throw new RunCancelledError();
      if (picked >= total) return null;
      let ids: { id: number }[] = [];
      while (ids.length === 0 && pass < passes.length) {
        ids = await prisma.ticket.findMany({
          where: { AND: [passes[pass]!, { id: { gt: afterId } }] },
          orderBy: { id: "asc" },
          take: Math.min(iteration, total - picked),
          select: { id: true },
        });
        if (ids.length === 0) [pass, afterId] = [pass + 1, 0];
      }
      if (ids.length === 0) return null;
      afterId = ids.at(-1)!.id;
      picked += ids.length;
      return readInjectionPage(
        prisma,
        ids.map((row) => row.id),
      );
    },
    (rows) => injectChunk(ctx, rows, { settings, template, enforce, printerId: printer.id, counts, events }),
  );
  return outcomeOf(
    counts,
    settings.simulation
      ? `Simulation: ${counts.sent} ticket(s) would have been sent.`
      : `${counts.accepted} ticket(s) injected and PRINTED.`,
  );
};

type TRow = TInjectionPageRow;

/** Calls in flight at once: well within TIXNGO's organizer rate limits (a 429 is retried after Retry-After). */
export const INJECTION_LANES = 4;

/** Events first: each performance's PUT once per run, awaited by every page that needs it. */
function eventsOnce(ctx: TRunContext) {
  const done = new Map<string, Promise<void>>();
  return (performance: NonNullable<TRow["performance"]>) => {
    let put = done.get(performance.id);
    if (!put) {
      put = (async () => {
        // PUT is idempotent, so a performance is created once and re-sent harmlessly.
        await ctx.client.putEvent(eventPayload(performance));
        await ctx.prisma.performance.update({
          where: { id: performance.id },
          data: { tixngoEventSyncedAt: new Date() },
        });
        await ctx.log("INFO", `TIXNGO event ${performance.code} created or updated.`);
      })();
      done.set(performance.id, put);
    }
    return put;
  };
}

async function injectChunk(
  ctx: TRunContext,
  rows: TRow[],
  options: {
    settings: TInjectionSettings;
    template: ReturnType<typeof ZTicketTemplate.parse>;
    enforce: boolean;
    printerId: string;
    counts: TCounts;
    events: ReturnType<typeof eventsOnce>;
  },
) {
  const { client } = ctx;
  const { settings, counts } = options;
  const items: TItem[] = [];
  const ready: { row: TRow; payload: TTicketInput }[] = [];
  for (const row of rows) {
    const missing = missingHolderFields(row, settings.mandatoryHolderFields);
    if (missing.length > 0) {
      items.push({
        ticketId: row.id,
        taxNumber: row.taxNumber,
        outcome: "SKIPPED",
        reason: `Missing mandatory holder field(s): ${missing.join(", ")}.`,
      });
      continue;
    }
    if (beneficiaryOf(row).temporary) {
      items.push({
        ticketId: row.id,
        taxNumber: row.taxNumber,
        outcome: "SKIPPED",
        reason: "Only a temporary (Pending CREATION) contact to send as the spectator: complete the purchaser first.",
      });
      continue;
    }
    if (!row.performance) {
      items.push({
        ticketId: row.id,
        taxNumber: row.taxNumber,
        outcome: "SKIPPED",
        reason: "The ticket has no performance to inject into.",
      });
      continue;
    }
    const payload = applyTemplate(ticketPayload(row, { mainApplicant: settings.mainApplicant }), options.template, row);
    const check = ZTicket.safeParse(payload);
    if (options.enforce && !check.success) {
      // enforceMandatoryParameters: refuse here rather than let TIXNGO reject.
      const issue = check.error.issues[0]!;
      items.push({
        ticketId: row.id,
        taxNumber: row.taxNumber,
        outcome: "SKIPPED",
        reason: `Cannot be sent: ${issue.path.join(".")}: ${issue.message}`,
      });
      continue;
    }
    ready.push({ row, payload });
  }
  const sent = settings.simulation ? [] : ready.map(({ row }) => ({ id: row.id, taxNumber: row.taxNumber }));
  if (settings.simulation) {
    for (const { row } of ready)
      items.push({
        ticketId: row.id,
        taxNumber: row.taxNumber,
        outcome: "SIMULATED",
        reason: "Would be sent (simulation).",
      });
    return commitInjected(ctx, { read: rows.length, sent: ready.length, printed: [], items, simulation: true }, counts);
  }
  if (ready.length === 0) return commitInjected(ctx, { read: rows.length, sent: 0, printed: [], items }, counts);
  const unsynced = new Map(
    ready
      .filter((r) => !r.row.performance!.tixngoEventSyncedAt)
      .map((r) => [r.row.performance!.id, r.row.performance!]),
  );
  for (const performance of unsynced.values()) await options.events(performance);
  const outcome = injectionOutcome(sent, await client.injectTickets(ready.map((r) => r.payload)));
  await commitInjected(
    ctx,
    {
      read: rows.length,
      sent: ready.length,
      printed: outcome.printed,
      items: [...items, ...outcome.items],
      printerId: options.printerId,
    },
    counts,
  );
}
