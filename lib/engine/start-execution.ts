// Starting a run: the execution row and its ActiveRun claim are written in one
// transaction; the claim's primary key refuses a second active run. Only then
// is the job queued.
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ExecutionTrigger } from "@/lib/generated/prisma/enums";
import { FUNCTIONS } from "@/lib/functions/registry";
import { activeRunKey } from "./active-run-key";
import { finishExecution } from "./finish-execution";

/** Why a run cannot start now, worded for the operator. */
export class RunRefusedError extends AppError {
  constructor(message: string) {
    super("CONFLICT", message);
    this.name = "RunRefusedError";
  }
}

export type TEnqueue = (executionId: number, key: string) => Promise<void>;

export async function startExecution(
  prisma: TPrisma,
  enqueue: TEnqueue,
  input: { organizationId: string; scheduleId: string; trigger: ExecutionTrigger; userId?: string },
): Promise<{ executionId: number }> {
  const schedule = await prisma.schedule.findFirst({
    where: { id: input.scheduleId, organizationId: input.organizationId },
  });
  if (!schedule) throw new RunRefusedError("This schedule does not exist in your organization.");
  if (!schedule.enabled) throw new RunRefusedError("This schedule is disabled: enable it before running it.");
  const key = activeRunKey(schedule.function, schedule.id);
  let executionId: number;
  try {
    executionId = await prisma.$transaction(async (tx) => {
      const execution = await tx.execution.create({
        data: {
          organizationId: schedule.organizationId,
          scheduleId: schedule.id,
          function: schedule.function,
          trigger: input.trigger,
          triggeredById: input.userId,
          status: "QUEUED",
        },
      });
      await tx.activeRun.create({ data: { key, executionId: execution.id } });
      return execution.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new RunRefusedError(await refusalReason(prisma, key, schedule.organizationId));
    }
    throw error;
  }
  try {
    await enqueue(executionId, key);
  } catch (error) {
    await finishExecution(prisma, executionId, {
      status: "ERROR",
      message: `The run could not be queued: ${(error as Error).message}`,
    });
    throw new RunRefusedError("The run could not be queued; see the execution for details.");
  }
  return { executionId };
}

async function refusalReason(prisma: TPrisma, key: string, organizationId: string): Promise<string> {
  const holder = await prisma.activeRun.findUnique({
    where: { key },
    include: { execution: { include: { schedule: { select: { name: true } } } } },
  });
  if (!holder) return "Another run was starting at the same moment; try again.";
  const { execution } = holder;
  const since = (execution.startedAt ?? execution.queuedAt).toISOString().replace("T", " ").slice(0, 16);
  if (execution.organizationId !== organizationId) {
    return `Only one ${FUNCTIONS.RETRIEVE_TICKET_STATUS.label} may be active at a time, across all organizations: another organization's run is ${execution.status.toLowerCase()} since ${since} UTC.`;
  }
  return `Execution #${execution.id} of "${execution.schedule.name}" is still ${execution.status.toLowerCase()} (since ${since} UTC): only one may be active at a time.`;
}
