import type { TPrisma } from "@/lib/db/client";
import { readParameters } from "@/lib/functions/parameters";
import { nextRunAt } from "@/lib/schedules/next-run";
import { RunRefusedError, startExecution, type TEnqueue } from "./start-execution";

/**
 * Starts the AUTOMATIC schedules whose time has come and moves their next run
 * on. The move is a compare-and-set on nextRunAt, so two ticks (two
 * processes) never fire the same slot twice. A slot that cannot run is never
 * silent: it is recorded as a SKIPPED execution with the reason.
 */
export async function fireDueSchedules(prisma: TPrisma, enqueue: TEnqueue, now = new Date()): Promise<number[]> {
  const due = await prisma.schedule.findMany({
    where: { launchMode: "AUTOMATIC", enabled: true, nextRunAt: { lte: now } },
    include: { interface: { select: { customParameters: true } } },
    // The slot waiting longest goes first.
    orderBy: [{ nextRunAt: "asc" }, { id: "asc" }],
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
      if (!(error instanceof RunRefusedError)) throw error;
      const slot = schedule.nextRunAt!.toISOString().replace("T", " ").slice(0, 16);
      await prisma.execution.create({
        data: {
          organizationId: schedule.organizationId,
          scheduleId: schedule.id,
          function: schedule.function,
          trigger: "AUTOMATIC",
          status: "SKIPPED",
          queuedAt: now,
          endedAt: now,
          message: `The ${slot} UTC slot was skipped: ${error.message}`,
        },
      });
    }
  }
  return started;
}
