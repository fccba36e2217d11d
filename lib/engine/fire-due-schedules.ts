import type { TPrisma } from "@/lib/db/client";
import { readParameters } from "@/lib/functions/parameters";
import { nextRunAt } from "@/lib/schedules/next-run";
import { logger } from "./execution-log";
import { RunRefusedError, startExecution, type TEnqueue } from "./start-execution";

/**
 * Starts the AUTOMATIC schedules whose time has come and moves their next run
 * on. The move is a compare-and-set on nextRunAt, so two ticks (two
 * processes) never fire the same slot twice.
 */
export async function fireDueSchedules(prisma: TPrisma, enqueue: TEnqueue, now = new Date()): Promise<number[]> {
  const due = await prisma.schedule.findMany({
    where: { launchMode: "AUTOMATIC", enabled: true, nextRunAt: { lte: now } },
    include: { interface: { select: { customParameters: true } } },
  });
  const started: number[] = [];
  for (const schedule of due) {
    const moved = await prisma.schedule.updateMany({
      where: { id: schedule.id, nextRunAt: schedule.nextRunAt },
      data: { nextRunAt: nextRunAt(schedule, now, readParameters(schedule.interface.customParameters)) },
    });
    if (moved.count === 0) continue;
    try {
      const { executionId } = await startExecution(prisma, enqueue, {
        organizationId: schedule.organizationId,
        scheduleId: schedule.id,
        trigger: "AUTOMATIC",
      });
      started.push(executionId);
    } catch (error) {
      // A run still active: this slot is skipped, the next one will try again.
      if (error instanceof RunRefusedError)
        logger.info({ scheduleId: schedule.id }, `automatic run skipped: ${error.message}`);
      else throw error;
    }
  }
  return started;
}
