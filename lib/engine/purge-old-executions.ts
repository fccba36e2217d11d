import type { TPrisma } from "@/lib/db/client";
import { logger } from "./execution-log";

/** Executions ended longer ago than this are purged with their items and log (RETENTION_DAYS, default 90). */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.RETENTION_DAYS ?? 90);
  return Number.isInteger(days) && days >= 1 ? days : 90;
}

/**
 * The daily purge: executions that ended before the cut-off, with their items
 * and log lines, in batches — items and lines a bounded number of rows per
 * statement, so a purge never holds a huge transaction or lock. Ticket
 * history (transaction log, distribution entries) stays; it only loses the
 * link to the purged execution. Safe to stop and run again at any point.
 */
export async function purgeOldExecutions(
  prisma: TPrisma,
  options: { olderThanDays?: number; now?: Date; executionBatch?: number; rowBatch?: number } = {},
): Promise<{ executions: number; items: number; logs: number }> {
  const { now = new Date(), executionBatch = 200, rowBatch = 20_000 } = options;
  const cutoff = new Date(now.getTime() - (options.olderThanDays ?? retentionDays()) * 86_400_000);
  const purged = { executions: 0, items: 0, logs: 0 };
  for (;;) {
    const batch = await prisma.execution.findMany({
      where: { endedAt: { lt: cutoff }, status: { notIn: ["QUEUED", "RUNNING"] } },
      select: { id: true },
      orderBy: { endedAt: "asc" },
      take: executionBatch,
    });
    if (batch.length === 0) break;
    const ids = batch.map((e) => e.id);
    for (const [table, key] of [
      ["ExecutionItem", "items"],
      ["ExecutionLog", "logs"],
    ] as const) {
      for (;;) {
        const deleted = await prisma.$executeRawUnsafe(
          `DELETE FROM "${table}" WHERE id IN (SELECT id FROM "${table}" WHERE "executionId" = ANY($1::int[]) LIMIT $2)`,
          ids,
          rowBatch,
        );
        purged[key] += deleted;
        if (deleted < rowBatch) break;
      }
    }
    purged.executions += (await prisma.execution.deleteMany({ where: { id: { in: ids } } })).count;
  }
  if (purged.executions > 0) logger.info({ ...purged, cutoff }, "old executions purged");
  return purged;
}
