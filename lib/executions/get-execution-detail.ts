import type { TPrisma } from "@/lib/db/client";

/**
 * One of the organization's executions with a page of its items and a page
 * of its log (each keyset on id, after `afterItem` / `afterLog`), and how
 * many log lines there are in all: the log is paged, never cut silently.
 * Null when it is not the organization's.
 */
export async function getExecutionDetail(
  prisma: TPrisma,
  organizationId: string,
  {
    id,
    afterItem = 0,
    itemPageSize = 200,
    afterLog = 0,
    logPageSize = 500,
  }: { id: number; afterItem?: number; itemPageSize?: number; afterLog?: number; logPageSize?: number },
) {
  const execution = await prisma.execution.findFirst({
    where: { id, organizationId },
    include: { schedule: { select: { id: true, name: true } }, triggeredBy: { select: { name: true } } },
  });
  if (!execution) return null;
  // Items and log are read through the execution just checked to be the organization's.
  const [items, logs, logCount, logsBefore] = await Promise.all([
    prisma.executionItem.findMany({
      where: { executionId: execution.id, ...(afterItem > 0 ? { id: { gt: BigInt(afterItem) } } : {}) },
      orderBy: { id: "asc" },
      take: itemPageSize + 1,
    }),
    prisma.executionLog.findMany({
      where: { executionId: execution.id, ...(afterLog > 0 ? { id: { gt: BigInt(afterLog) } } : {}) },
      orderBy: { id: "asc" },
      take: logPageSize + 1,
    }),
    prisma.executionLog.count({ where: { executionId: execution.id } }),
    afterLog > 0
      ? prisma.executionLog.count({ where: { executionId: execution.id, id: { lte: BigInt(afterLog) } } })
      : Promise.resolve(0),
  ]);
  const shownLogs = logs.slice(0, logPageSize);
  const shownItems = items.slice(0, itemPageSize);
  return {
    execution,
    items: shownItems,
    nextItemAfter: items.length > itemPageSize ? shownItems.at(-1)?.id : undefined,
    logs: shownLogs,
    /** Position of the first line shown (1-based) and the total. */
    logFrom: logsBefore + 1,
    logCount,
    nextLogAfter: logs.length > logPageSize ? shownLogs.at(-1)?.id : undefined,
  };
}
