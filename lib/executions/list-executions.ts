import type { TPrisma } from "@/lib/db/client";
import type { ExecutionStatus, ScheduleFunction } from "@/lib/generated/prisma/enums";

export type TExecutionFilters = { status?: ExecutionStatus; function?: ScheduleFunction; after?: number };

/** One page of the organization's executions, newest first (keyset on id); `nextAfter` continues it. */
export async function listExecutions(
  prisma: TPrisma,
  organizationId: string,
  { status, function: fn, after }: TExecutionFilters,
  pageSize = 50,
) {
  const found = await prisma.execution.findMany({
    where: {
      organizationId,
      ...(status ? { status } : {}),
      ...(fn ? { function: fn } : {}),
      ...(after ? { id: { lt: after } } : {}),
    },
    orderBy: { id: "desc" },
    take: pageSize + 1,
    include: { schedule: { select: { name: true } }, triggeredBy: { select: { name: true } } },
  });
  const rows = found.slice(0, pageSize);
  return { rows, nextAfter: found.length > pageSize ? rows.at(-1)?.id : undefined };
}
