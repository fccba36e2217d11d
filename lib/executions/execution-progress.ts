import type { TPrisma } from "@/lib/db/client";
import type { ExecutionStatus } from "@/lib/generated/prisma/enums";

export type TExecutionProgress = {
  id: number;
  status: ExecutionStatus;
  totalCount: number | null;
  readCount: number;
  sentCount: number;
  acceptedCount: number;
  rejectedCount: number;
  skippedCount: number;
  message: string | null;
  startedAt: string | null;
  endedAt: string | null;
  cancelRequested: boolean;
};

/** The live part of an execution, scoped to the organization (null elsewhere). */
export async function executionProgress(
  prisma: TPrisma,
  organizationId: string,
  id: number,
): Promise<TExecutionProgress | null> {
  const e = await prisma.execution.findFirst({ where: { id, organizationId } });
  if (!e) return null;
  return {
    id: e.id,
    status: e.status,
    totalCount: e.totalCount,
    readCount: e.readCount,
    sentCount: e.sentCount,
    acceptedCount: e.acceptedCount,
    rejectedCount: e.rejectedCount,
    skippedCount: e.skippedCount,
    message: e.message,
    startedAt: e.startedAt?.toISOString() ?? null,
    endedAt: e.endedAt?.toISOString() ?? null,
    cancelRequested: e.cancelRequestedAt !== null,
  };
}
