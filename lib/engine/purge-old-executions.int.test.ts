import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { getExecutionDetail } from "@/lib/executions/get-execution-detail";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { purgeOldExecutions, retentionDays } from "./purge-old-executions";

describe.each(DATABASE_KINDS)("retention and the execution log on %s", (kind) => {
  let database: TDatabase;
  let organizationId: string;
  let scheduleId: string;
  let ticketId: number;
  const now = new Date("2026-11-25T04:00:00Z");
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await seedDemo(database.prisma);
    const org = await database.prisma.organization.findUniqueOrThrow({
      where: { code: "LSE" },
      include: { interfaces: true },
    });
    const schedule = await database.prisma.schedule.create({
      data: {
        organizationId: org.id,
        interfaceId: org.interfaces[0]!.id,
        function: "RETRIEVE_TICKET_STATUS",
        name: "Feedback",
        launchMode: "MANUAL",
      },
    });
    organizationId = schedule.organizationId;
    scheduleId = schedule.id;
    ticketId = (await database.prisma.ticket.findFirstOrThrow({ where: { organizationId } })).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  async function execution(endedDaysAgo: number | null, lines: number, items: number) {
    const prisma = database.prisma;
    const e = await prisma.execution.create({
      data: {
        organizationId,
        scheduleId,
        function: "RETRIEVE_TICKET_STATUS",
        trigger: "AUTOMATIC",
        status: endedDaysAgo === null ? "RUNNING" : "OK",
        queuedAt: daysAgo(endedDaysAgo ?? 200),
        endedAt: endedDaysAgo === null ? null : daysAgo(endedDaysAgo),
      },
    });
    await prisma.executionLog.createMany({
      data: Array.from({ length: lines }, (_, i) => ({
        executionId: e.id,
        level: "INFO" as const,
        message: `line ${i + 1}`,
      })),
    });
    await prisma.executionItem.createMany({
      data: Array.from({ length: items }, (_, i) => ({
        executionId: e.id,
        taxNumber: `T${i}`,
        outcome: "UPDATED" as const,
      })),
    });
    await prisma.ticketTransaction.create({
      data: {
        ticketId,
        sequence: BigInt(e.id),
        status: "DOWNLOADED",
        statusChangedAt: now,
        actor: "SPECTATOR",
        executionId: e.id,
      },
    });
    return e.id;
  }

  it("pages a long log instead of cutting it, and says where the page stands", async () => {
    const id = await execution(1, 1203, 0);
    const first = await getExecutionDetail(database.prisma, organizationId, { id });
    expect(first).toMatchObject({ logFrom: 1, logCount: 1203 });
    expect(first!.logs.map((l) => l.message).at(-1)).toBe("line 500");
    const third = await getExecutionDetail(database.prisma, organizationId, {
      id,
      afterLog: Number(
        (await getExecutionDetail(database.prisma, organizationId, { id, afterLog: Number(first!.nextLogAfter) }))!
          .nextLogAfter,
      ),
    });
    expect(third).toMatchObject({ logFrom: 1001, logCount: 1203, nextLogAfter: undefined });
    expect(third!.logs.map((l) => l.message)).toEqual(Array.from({ length: 203 }, (_, i) => `line ${1001 + i}`));
    // Another organization's user gets nothing.
    const gva = await database.prisma.organization.findUniqueOrThrow({ where: { code: "GVA" } });
    expect(await getExecutionDetail(database.prisma, gva.id, { id })).toBeNull();
  });

  it("purges executions ended before the cut-off with their items and log, in batches, and keeps the rest", async () => {
    const prisma = database.prisma;
    const old = [await execution(120, 30, 25), await execution(95, 5, 3), await execution(91, 0, 0)];
    const recent = await execution(89, 4, 2);
    const running = await execution(null, 2, 0);
    const purged = await purgeOldExecutions(prisma, { now, olderThanDays: 90, executionBatch: 2, rowBatch: 10 });
    expect(purged).toEqual({ executions: 3, items: 28, logs: 35 });
    expect(await prisma.execution.count({ where: { id: { in: old } } })).toBe(0);
    expect(await prisma.executionLog.count({ where: { executionId: { in: old } } })).toBe(0);
    expect(await prisma.executionItem.count({ where: { executionId: { in: old } } })).toBe(0);
    expect(await prisma.execution.count({ where: { id: { in: [recent, running] } } })).toBe(2);
    expect(await prisma.executionLog.count({ where: { executionId: recent } })).toBe(4);
    // The ticket's history stays, only unlinked from the purged runs.
    expect(await prisma.ticketTransaction.count({ where: { ticketId, sequence: { in: old.map(BigInt) } } })).toBe(3);
    expect(
      await prisma.ticketTransaction.count({
        where: { sequence: { in: old.map(BigInt) }, executionId: { not: null } },
      }),
    ).toBe(0);
    // Nothing left to do: a second purge is a no-op.
    expect(await purgeOldExecutions(prisma, { now, olderThanDays: 90 })).toEqual({ executions: 0, items: 0, logs: 0 });
  });

  it("reads the retention age from RETENTION_DAYS (90 by default, a wrong value falls back)", () => {
    expect(retentionDays({})).toBe(90);
    expect(retentionDays({ RETENTION_DAYS: "30" })).toBe(30);
    expect(retentionDays({ RETENTION_DAYS: "0" })).toBe(90);
    expect(retentionDays({ RETENTION_DAYS: "soon" })).toBe(90);
  });
});
