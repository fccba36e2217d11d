// Starting a run: the execution row and its ActiveRun claim are written in one
// transaction; the claim's primary key refuses a second active run. Only then
// is the job queued. Retrieve-status is the exception that waits: when another
// schedule holds the one claim, the run is put in line (see promote-waiting-run).
import { recordAudit } from "@/lib/audit/record-audit";
import type { TPrisma, TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ExecutionTrigger } from "@/lib/generated/prisma/enums";
import { FUNCTIONS } from "@/lib/functions/registry";
import { activeRunKey } from "./active-run-key";
import { finishExecution } from "./finish-execution";
import { promoteWaitingRun, WAITING } from "./promote-waiting-run";

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
): Promise<{ executionId: number; waiting: boolean }> {
  const schedule = await prisma.schedule.findFirst({
    where: { id: input.scheduleId, organizationId: input.organizationId },
  });
  if (!schedule) throw new RunRefusedError("This schedule does not exist in your organization.");
  if (!schedule.enabled) throw new RunRefusedError("This schedule is disabled: enable it before running it.");
  const key = activeRunKey(schedule.function, schedule.id);
  const row = {
    organizationId: schedule.organizationId,
    scheduleId: schedule.id,
    function: schedule.function,
    trigger: input.trigger,
    triggeredById: input.userId,
    status: "QUEUED" as const,
  };
  // A person's Run now is audited with the run it made; the automatic firing is the schedule's own doing.
  const auditRunNow = async (tx: TTransaction, id: number) => {
    if (input.trigger !== "MANUAL") return;
    await recordAudit(tx, {
      organizationId: schedule.organizationId,
      userId: input.userId ?? null,
      action: "execution.runNow",
      entityType: "Execution",
      entityId: String(id),
      summary: `Ran schedule "${schedule.name}" now (execution ${id}).`,
      changes: { scheduleId: schedule.id, executionId: id },
    });
  };
  let executionId: number;
  try {
    executionId = await prisma.$transaction(async (tx) => {
      const execution = await tx.execution.create({ data: row });
      await tx.activeRun.create({ data: { key, executionId: execution.id } });
      await auditRunNow(tx, execution.id);
      return execution.id;
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const holder = await prisma.activeRun.findUnique({
      where: { key },
      include: { execution: { include: { schedule: { select: { name: true } } } } },
    });
    if (!holder) throw new RunRefusedError("Another run was starting at the same moment; try again.");
    const { execution } = holder;
    const since = (execution.startedAt ?? execution.queuedAt).toISOString().replace("T", " ").slice(0, 16);
    if (execution.scheduleId === schedule.id)
      throw new RunRefusedError(
        `Execution #${execution.id} of "${execution.schedule.name}" is still ${execution.status.toLowerCase()} (since ${since} UTC): only one may be active at a time.`,
      );
    // Retrieve-status: another schedule (another organization's, most often) reads its feed. Wait in line.
    const waiting = await prisma.execution.findFirst({ where: { ...WAITING, scheduleId: schedule.id } });
    if (waiting)
      throw new RunRefusedError(
        `Execution #${waiting.id} of "${schedule.name}" is already waiting for its turn (since ${waiting.queuedAt.toISOString().replace("T", " ").slice(0, 16)} UTC).`,
      );
    const whose =
      execution.organizationId === schedule.organizationId ? `"${execution.schedule.name}"` : "another organization's";
    const created = await prisma.$transaction(async (tx) => {
      const waitingRun = await tx.execution.create({
        data: {
          ...row,
          message: `Waiting for its turn: only one ${FUNCTIONS.RETRIEVE_TICKET_STATUS.label} runs at a time across all organizations, and ${whose} run is ${execution.status.toLowerCase()} since ${since} UTC. Runs waiting start oldest first.`,
        },
      });
      await auditRunNow(tx, waitingRun.id);
      return waitingRun;
    });
    // The claim may have been released in the meantime.
    await promoteWaitingRun(prisma, enqueue);
    return { executionId: created.id, waiting: true };
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
  return { executionId, waiting: false };
}
