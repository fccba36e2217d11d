// Inject digital privileges (docs/functions.md: digital privileges): the privilege definition first (one
// per card product), then the NOT_PRINTED membership and season cards, which
// become PRINTED. Same per-call transaction as ticket injection.
import { outcomeOf, RunCancelledError, type TCounts, type TItem, type TRunner } from "@/lib/functions/runner";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZPrivilegeSettings } from "./settings";
import { MAX_ITEMS_PER_CALL, ZPrivilege, type TPrivilege } from "@/lib/tixngo/contract";
import { commitInjected, injectionOutcome, skippedLast } from "../common/injection-outcome";
import { beneficiaryOf, spectatorOf } from "../ticket-injection/payload";
import { INJECTION_ROW } from "../ticket-injection/run";

const CARD_KINDS = ["MEMBERSHIP_CARD", "SEASON_CARD"] as const;

export const injectDigitalPrivileges: TRunner = async (ctx) => {
  const { prisma, execution, schedule, client } = ctx;
  const settings = ZPrivilegeSettings.parse(schedule.settings ?? {});
  const where: Prisma.TicketWhereInput = {
    organizationId: execution.organizationId,
    status: "NOT_PRINTED",
    product: {
      kind: { in: [...CARD_KINDS] },
      ...(settings.products.length ? { code: { in: settings.products } } : {}),
    },
  };
  const iteration = Math.min(MAX_ITEMS_PER_CALL, ctx.parameters.ticketIterationSize);
  const total = Math.min(settings.batchSize, await prisma.ticket.count({ where }));
  await prisma.execution.update({
    where: { id: execution.id },
    data: { totalCount: total, simulation: settings.simulation },
  });
  await ctx.log("INFO", `${total} card(s) to inject${settings.simulation ? " (simulation)" : ""}.`);
  const counts: TCounts = { read: 0, sent: 0, accepted: 0, rejected: 0, skipped: 0 };
  const passes = skippedLast(where, ctx.now(), prisma.ticket.fields.injectionSkippedAt);
  let pass = 0;
  let afterId = 0;
  while (counts.read < total && pass < passes.length) {
    if (ctx.signal.aborted) throw new RunCancelledError();
    const rows = await prisma.ticket.findMany({
      where: { AND: [passes[pass]!, { id: { gt: afterId } }] },
      orderBy: { id: "asc" },
      take: Math.min(iteration, total - counts.read),
      select: {
        ...INJECTION_ROW,
        product: {
          select: {
            id: true,
            code: true,
            name: true,
            family: true,
            kind: true,
            validFrom: true,
            validTo: true,
            tixngoDefinitionSyncedAt: true,
          },
        },
      },
    });
    if (rows.length === 0) {
      [pass, afterId] = [pass + 1, 0];
      continue;
    }
    afterId = rows.at(-1)!.id;
    const items: TItem[] = [];
    const ready: { id: number; taxNumber: string; privilege: TPrivilege }[] = [];
    for (const row of rows) {
      const privilege = {
        privilegeId: row.taxNumber,
        definitionId: row.product.code,
        holder: spectatorOf(beneficiaryOf(row)),
        cardNumber: row.barcode,
      };
      const check = ZPrivilege.safeParse(privilege);
      if (!check.success) {
        const issue = check.error.issues[0]!;
        items.push({
          ticketId: row.id,
          taxNumber: row.taxNumber,
          outcome: "SKIPPED",
          reason: `Cannot be sent: ${issue.path.join(".")}: ${issue.message}`,
        });
      } else ready.push({ id: row.id, taxNumber: row.taxNumber, privilege: check.data });
    }
    if (settings.simulation)
      for (const r of ready)
        items.push({
          ticketId: r.id,
          taxNumber: r.taxNumber,
          outcome: "SIMULATED",
          reason: "Would be sent (simulation).",
        });
    if (settings.simulation || ready.length === 0) {
      await commitInjected(
        ctx,
        { read: rows.length, sent: ready.length, printed: [], items, simulation: settings.simulation },
        counts,
      );
      continue;
    }
    const products = new Map(
      rows.filter((r) => !r.product.tixngoDefinitionSyncedAt).map((r) => [r.product.id, r.product]),
    );
    for (const product of products.values()) {
      await client.putPrivilegeDefinition({
        id: product.code,
        name: product.name,
        type: product.kind === "SEASON_CARD" ? "SEASON_CARD" : "MEMBERSHIP",
        validFrom: (product.validFrom ?? new Date()).toISOString(),
        validTo: (product.validTo ?? new Date(Date.now() + 365 * 86_400_000)).toISOString(),
        eventIds: [],
      });
      await prisma.product.update({ where: { id: product.id }, data: { tixngoDefinitionSyncedAt: new Date() } });
      await ctx.log("INFO", `TIXNGO privilege definition ${product.code} created or updated.`);
    }
    const outcome = injectionOutcome(ready, await client.injectPrivileges(ready.map((r) => r.privilege)));
    await commitInjected(
      ctx,
      { read: rows.length, sent: ready.length, printed: outcome.printed, items: [...items, ...outcome.items] },
      counts,
    );
  }
  return outcomeOf(
    counts,
    settings.simulation
      ? `Simulation: ${counts.sent} card(s) would have been sent.`
      : `${counts.accepted} card(s) injected and PRINTED.`,
  );
};
