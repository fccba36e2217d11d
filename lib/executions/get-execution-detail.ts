import type { TPrisma } from "@/lib/db/client";

/**
 * One of the organization's executions with a page of its items (keyset on
 * id, after `afterItem`) and its log; null when it is not the organization's.
 */
export async function getExecutionDetail(
  prisma: TPrisma,
  organizationId: string,
  { id, afterItem = 0, itemPageSize = 200 }: { id: number; afterItem?: number; itemPageSize?: number },
) {
  const execution = await prisma.execution.findFirst({
    where: { id, organizationId },
    include: { schedule: { select: { id: true, name: true } }, triggeredBy: { select: { name: true } } },
  });
  if (!execution) return null;
  // Items and log are read through the execution just checked to be the organization's.
  const [items, logs] = await Promise.all([
    prisma.executionItem.findMany({
      where: { executionId: execution.id, ...(afterItem > 0 ? { id: { gt: BigInt(afterItem) } } : {}) },
      orderBy: { id: "asc" },
      take: itemPageSize + 1,
    }),
    prisma.executionLog.findMany({ where: { executionId: execution.id }, orderBy: { id: "asc" }, take: 500 }),
  ]);
  const shownItems = items.slice(0, itemPageSize);
  return {
    execution,
    items: shownItems,
    nextItemAfter: items.length > itemPageSize ? shownItems.at(-1)?.id : undefined,
    logs,
  };
}
