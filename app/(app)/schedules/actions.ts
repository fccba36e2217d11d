"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failureState, formObject, type TActionState } from "@/lib/actions/action-state";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { finishExecution } from "@/lib/engine/finish-execution";
import { getEngine } from "@/lib/engine/get-engine";
import { startExecution } from "@/lib/engine/start-execution";
import { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { saveSchedule } from "@/lib/schedules/save-schedule";
import { readParameters } from "@/lib/functions/parameters";
import { nextRunAt } from "@/lib/schedules/next-run";

export async function saveScheduleAction(
  target: { id?: string; function: ScheduleFunction },
  _prev: TActionState,
  form: FormData,
): Promise<TActionState> {
  let id: string;
  try {
    const user = await requireUser("operate");
    if (!Object.values(ScheduleFunction).includes(target.function)) return { error: "Unknown function." };
    const file = form.get("replayFile");
    const upload =
      file instanceof File && file.size > 0
        ? { fileName: file.name, text: await file.text() }
        : form.get("removeReplayFile") === "on"
          ? null
          : undefined;
    ({ id } = await saveSchedule(await db(), user, {
      id: target.id,
      function: target.function,
      raw: formObject(form),
      upload,
    }));
  } catch (error) {
    return failureState(error);
  }
  revalidatePath("/schedules");
  redirect(`/schedules/${id}?saved=1`);
}

export async function runNowAction(scheduleId: string): Promise<TActionState> {
  let executionId: number;
  try {
    const user = await requireUser("operate");
    const engine = await getEngine();
    ({ executionId } = await startExecution(await db(), engine.enqueue, {
      organizationId: user.organizationId,
      scheduleId,
      trigger: "MANUAL",
      userId: user.id,
    }));
  } catch (error) {
    return failureState(error);
  }
  redirect(`/executions/${executionId}`);
}

export async function setScheduleEnabledAction(scheduleId: string, enabled: boolean): Promise<TActionState> {
  try {
    const user = await requireUser("operate");
    const prisma = await db();
    const schedule = await prisma.schedule.findFirst({
      where: { id: scheduleId, organizationId: user.organizationId },
      include: { interface: { select: { customParameters: true } } },
    });
    if (!schedule) return { error: "This schedule does not exist in your organization." };
    await prisma.$transaction(async (tx) => {
      // Re-enabling counts the next automatic run from now (same rule as saving); disabling clears it.
      const parameters = readParameters(schedule.interface.customParameters);
      await tx.schedule.update({
        where: { id: schedule.id },
        data: { enabled, nextRunAt: nextRunAt({ ...schedule, enabled }, new Date(), parameters) },
      });
      await recordAudit(tx, {
        organizationId: user.organizationId,
        userId: user.id,
        action: enabled ? "schedule.enable" : "schedule.disable",
        entityType: "Schedule",
        entityId: schedule.id,
        summary: `${enabled ? "Enabled" : "Disabled"} schedule "${schedule.name}".`,
      });
    });
  } catch (error) {
    return failureState(error);
  }
  revalidatePath("/schedules");
  return { message: enabled ? "Enabled." : "Disabled." };
}

export async function deleteScheduleAction(scheduleId: string): Promise<TActionState> {
  try {
    const user = await requireUser("operate");
    const prisma = await db();
    const schedule = await prisma.schedule.findFirst({
      where: { id: scheduleId, organizationId: user.organizationId },
      include: { executions: { where: { status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true } } },
    });
    if (!schedule) return { error: "This schedule does not exist in your organization." };
    if (schedule.executions.length > 0)
      return { error: `Execution #${schedule.executions[0]!.id} is still active: cancel it or wait before deleting.` };
    await prisma.$transaction(async (tx) => {
      await tx.schedule.delete({ where: { id: schedule.id } });
      await recordAudit(tx, {
        organizationId: user.organizationId,
        userId: user.id,
        action: "schedule.delete",
        entityType: "Schedule",
        entityId: schedule.id,
        summary: `Deleted schedule "${schedule.name}" and its execution history.`,
      });
    });
  } catch (error) {
    return failureState(error);
  }
  revalidatePath("/schedules");
  redirect("/schedules");
}

export async function cancelExecutionAction(executionId: number): Promise<TActionState> {
  try {
    const user = await requireUser("operate");
    const prisma = await db();
    const execution = await prisma.execution.findFirst({
      where: { id: executionId, organizationId: user.organizationId },
    });
    if (!execution) return { error: "This execution does not exist in your organization." };
    if (execution.status !== "QUEUED" && execution.status !== "RUNNING")
      return { error: `The execution already ended (${execution.status}).` };
    if (execution.status === "QUEUED") {
      await finishExecution(prisma, executionId, {
        status: "CANCELLED",
        message: `Cancelled by ${user.name} before it started.`,
      });
    }
    await prisma.$transaction(async (tx) => {
      // A running run stops at its next page boundary; committed pages are kept.
      if (execution.status === "RUNNING")
        await tx.execution.update({ where: { id: executionId }, data: { cancelRequestedAt: new Date() } });
      await recordAudit(tx, {
        organizationId: user.organizationId,
        userId: user.id,
        action: "execution.cancel",
        entityType: "Execution",
        entityId: String(executionId),
        summary: `Cancelled execution #${executionId}.`,
      });
    });
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(`/executions/${executionId}`);
  return { message: "Cancellation requested: the run stops at its next page." };
}
