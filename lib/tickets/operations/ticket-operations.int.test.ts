import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { toCurrentUser } from "@/lib/auth/to-current-user";
import type { TDatabase } from "@/lib/db/client";
import { runExecution } from "@/lib/engine/run-execution";
import { startExecution } from "@/lib/engine/start-execution";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScheduleFunction } from "@/lib/generated/prisma/enums";
import type { TSimulator } from "@/simulator/server";
import { DATABASE_KINDS } from "@/test/databases";
import { openSeededOrganization } from "@/test/seeded-organization";
import { cancelTickets, countCancellable } from "./cancel-tickets";
import { checkTicket } from "./check-ticket";
import { importAccessControl } from "./import-access-control";
import { invalidateTicket } from "./invalidate-ticket";

describe.each(DATABASE_KINDS)("S-360 ticket operations on %s", (kind) => {
  let database: TDatabase;
  let sim: TSimulator;
  let orgId: string;
  let interfaceId: string;
  let user: TCurrentUser;
  let stranger: TCurrentUser;

  beforeAll(async () => {
    ({
      database,
      sim,
      orgId,
      interfaceId,
      operator: user,
    } = await openSeededOrganization(kind, { deletionDelayMs: 0, now: new Date("2026-11-23T10:00:00Z") }));
    stranger = toCurrentUser(
      await database.prisma.user.findFirstOrThrow({
        where: { organization: { code: "GVA" }, role: "ADMIN" },
        include: { organization: true },
      }),
    );
  });
  afterAll(async () => {
    await database.close();
    await sim.close();
  });

  let runs = 0;
  async function run(fn: ScheduleFunction, settings: Prisma.InputJsonObject = {}) {
    const schedule = await database.prisma.schedule.create({
      data: {
        organizationId: orgId,
        interfaceId,
        function: fn,
        name: `${fn} ${++runs}`,
        launchMode: "MANUAL",
        settings,
      },
    });
    const { executionId } = await startExecution(database.prisma, async () => {}, {
      organizationId: orgId,
      scheduleId: schedule.id,
      trigger: "MANUAL",
    });
    await runExecution({ prisma: database.prisma }, executionId);
    return database.prisma.execution.findUniqueOrThrow({ where: { id: executionId }, include: { items: true } });
  }

  it("cancels a whole file after a confirmation of how many, audited; a changed count refuses and writes nothing", async () => {
    const file = await database.prisma.file.findFirstOrThrow({
      where: { organizationId: orgId, tickets: { some: { status: "NOT_PRINTED" } } },
    });
    const { selected, cancellable } = await countCancellable(database.prisma, orgId, { fileId: file.id });
    expect(cancellable).toBeGreaterThan(0);
    expect(selected).toBeGreaterThanOrEqual(cancellable);
    await expect(
      cancelTickets(database.prisma, user, {
        selection: { fileId: file.id },
        reason: "Refund",
        expected: cancellable + 1,
      }),
    ).rejects.toThrow(/The selection changed/);
    expect(await database.prisma.ticket.count({ where: { fileId: file.id, statusNote: "Refund" } })).toBe(0);
    await expect(
      cancelTickets(database.prisma, user, { selection: { fileId: file.id }, reason: "x", expected: cancellable }),
    ).rejects.toThrow(/Say why/);
    const { cancelled } = await cancelTickets(database.prisma, user, {
      selection: { fileId: file.id },
      reason: "Refund requested by phone",
      expected: cancellable,
    });
    expect(cancelled).toBe(cancellable);
    const tickets = await database.prisma.ticket.findMany({
      where: { fileId: file.id, statusNote: "Refund requested by phone" },
    });
    expect(tickets).toHaveLength(cancellable);
    expect(tickets.every((t) => t.status === "CANCELLED" && t.pushPending && t.statusChangedById === user.id)).toBe(
      true,
    );
    expect(
      await database.prisma.auditLog.findFirst({ where: { action: "ticket.cancel", userId: user.id } }),
    ).toMatchObject({
      summary: expect.stringContaining(`Cancelled ${cancellable} ticket(s) (file)`),
    });
  });

  it("another organization's tickets are out of reach", async () => {
    const ticket = await database.prisma.ticket.findFirstOrThrow({
      where: { organizationId: orgId, status: "PRINTED" },
    });
    await expect(
      checkTicket(database.prisma, stranger, { ticketId: ticket.id, reason: "Gate scan" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      invalidateTicket(database.prisma, stranger, { ticketId: ticket.id, kind: "RESALE", reason: "Resold" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countCancellable(database.prisma, stranger.organizationId, { ticketIds: [ticket.id] })).toEqual({
      selected: 0,
      cancellable: 0,
    });
  });

  it("reprint end to end: the old ticket deleted in TIXNGO, the new one injected", async () => {
    const injected = await run("TICKET_INJECTION", {
      printerSalesChannel: "EXT",
      printerPointOfSale: "TIXNGO",
      products: ["LSE-CONCERT"],
      batchSize: 1,
    });
    expect(injected.acceptedCount).toBe(1);
    const old = await database.prisma.ticket.findUniqueOrThrow({ where: { id: injected.items[0]!.ticketId! } });
    const { replacementTaxNumber } = await invalidateTicket(database.prisma, user, {
      ticketId: old.id,
      kind: "REPRINT",
      reason: "Printed badly",
    });
    expect(replacementTaxNumber).toBe(`${old.taxNumber}-R1`);
    const replacement = await database.prisma.ticket.findUniqueOrThrow({ where: { taxNumber: replacementTaxNumber! } });
    expect(replacement).toMatchObject({
      status: "NOT_PRINTED",
      fileId: old.fileId,
      culturalContactId: old.culturalContactId,
      holderLastName: old.holderLastName,
    });
    expect(replacement.barcode).not.toBe(old.barcode);
    expect(await database.prisma.ticket.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      status: "INVALIDATED",
      invalidationReason: "REPRINT",
      replacedById: replacement.id,
    });
    const pushed = await run("PUSH_CANCELLED_TICKETS");
    expect(pushed.items.find((i) => i.taxNumber === old.taxNumber)).toMatchObject({ outcome: "ACCEPTED" });
    expect(sim.state.getTicket("LSE", old.taxNumber)).toMatchObject({ invalidation: { reason: "REPRINT" } });
    sim.state.confirmDeletions();
    expect(sim.state.getTicket("LSE", old.taxNumber)?.status).toBe("DELETED");
    const again = await run("TICKET_INJECTION", {
      printerSalesChannel: "EXT",
      printerPointOfSale: "TIXNGO",
      fileNumber: (await database.prisma.file.findUniqueOrThrow({ where: { id: old.fileId } })).number,
    });
    expect(again.items.find((i) => i.taxNumber === replacement.taxNumber)).toMatchObject({ outcome: "ACCEPTED" });
    expect(sim.state.getTicket("LSE", replacement.taxNumber)?.status).toBe("INJECTED");
    // A ticket already invalidated cannot be reprinted again: its replacement is.
    await expect(
      invalidateTicket(database.prisma, user, { ticketId: old.id, kind: "REPRINT", reason: "Again" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("access-control import: bad lines named and nothing written; the good file controls; the same file twice changes nothing", async () => {
    const printed = await database.prisma.ticket.findMany({
      where: { organizationId: orgId, status: "PRINTED" },
      orderBy: { id: "asc" },
      take: 3,
    });
    const cancelled = await database.prisma.ticket.findFirstOrThrow({
      where: { organizationId: orgId, status: "CANCELLED" },
    });
    const gva = await database.prisma.ticket.findFirstOrThrow({
      where: { organization: { code: "GVA" }, status: "PRINTED" },
    });
    const good = printed.map((t, i) => `${t.taxNumber},2026-11-22T19:4${i}:00Z`);
    const bad = await importAccessControl(database.prisma, user, {
      fileName: "gate-bad.csv",
      text: [
        "taxNumber,controlledAt",
        ...good,
        `${cancelled.taxNumber},2026-11-22T19:50:00Z`,
        `${gva.taxNumber},2026-11-22T19:51:00Z`,
      ].join("\n"),
    });
    expect(bad).toEqual({
      ok: false,
      errors: [
        { line: 5, reason: `${cancelled.taxNumber} is CANCELLED: only a PRINTED ticket can be controlled.` },
        { line: 6, reason: `No ticket ${gva.taxNumber} in your organization.` },
      ],
    });
    expect(
      await database.prisma.ticket.count({ where: { id: { in: printed.map((t) => t.id) }, status: "CONTROLLED" } }),
    ).toBe(0);

    const file = { fileName: "gate.csv", text: good.join("\n") };
    expect(await importAccessControl(database.prisma, user, file)).toEqual({
      ok: true,
      controlled: 3,
      alreadyControlled: 0,
    });
    const controlled = await database.prisma.ticket.findMany({
      where: { id: { in: printed.map((t) => t.id) } },
      orderBy: { id: "asc" },
    });
    expect(controlled.map((t) => [t.status, t.controlledAt?.toISOString(), t.pushPending])).toEqual([
      ["CONTROLLED", "2026-11-22T19:40:00.000Z", true],
      ["CONTROLLED", "2026-11-22T19:41:00.000Z", true],
      ["CONTROLLED", "2026-11-22T19:42:00.000Z", true],
    ]);
    expect(await importAccessControl(database.prisma, user, file)).toEqual({
      ok: true,
      controlled: 0,
      alreadyControlled: 3,
    });
    const after = await database.prisma.ticket.findMany({
      where: { id: { in: printed.map((t) => t.id) } },
      orderBy: { id: "asc" },
    });
    expect(after.map((t) => [t.stateVersion, t.updatedAt.getTime()])).toEqual(
      controlled.map((t) => [t.stateVersion, t.updatedAt.getTime()]),
    );
  });
});
