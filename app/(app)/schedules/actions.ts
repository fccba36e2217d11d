"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formObject, zForm, ZFormData } from "@/lib/actions/form-input";
import { authorized } from "@/lib/actions/safe-action";
import { ZCuid } from "@/lib/db/ids";
import { getEngine } from "@/lib/engine/get-engine";
import { startExecution } from "@/lib/engine/start-execution";
import { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { deleteSchedule } from "@/lib/schedules/delete-schedule";
import { rewindFeed, ZRewindFeed } from "@/lib/schedules/rewind-feed";
import { saveSchedule } from "@/lib/schedules/save-schedule";
import { setScheduleEnabled } from "@/lib/schedules/set-schedule-enabled";

const ZScheduleTarget = z.strictObject({ id: ZCuid.optional(), function: z.enum(ScheduleFunction) });

export const saveScheduleAction = authorized("operate")
  .bindArgsSchemas([ZScheduleTarget])
  .inputSchema(ZFormData)
  .action(async ({ bindArgsParsedInputs: [target], parsedInput: form, ctx: { user, prisma } }) => {
    // The file itself went to /api/replay-files (streamed, 20 MB): the form names the staged copy.
    const staged = ZCuid.safeParse(form.get("replayUploadId"));
    const upload = staged.success
      ? { stagedId: staged.data }
      : form.get("removeReplayFile") === "on"
        ? null
        : undefined;
    const { id } = await saveSchedule(prisma, user, { ...target, raw: formObject(form), upload });
    revalidatePath("/schedules");
    redirect(`/schedules/${id}?saved=1`);
  });

export const runNowAction = authorized("operate")
  .bindArgsSchemas([ZCuid])
  .action(async ({ bindArgsParsedInputs: [scheduleId], ctx: { user, prisma } }) => {
    const engine = await getEngine();
    const { executionId } = await startExecution(prisma, engine.enqueue, {
      organizationId: user.organizationId,
      scheduleId,
      trigger: "MANUAL",
      userId: user.id,
    });
    redirect(`/executions/${executionId}`);
  });

export const setScheduleEnabledAction = authorized("operate")
  .bindArgsSchemas([ZCuid, z.boolean()])
  .action(async ({ bindArgsParsedInputs: [scheduleId, enabled], ctx: { user, prisma } }) => {
    await setScheduleEnabled(prisma, user, { scheduleId, enabled });
    revalidatePath("/schedules");
    return { message: enabled ? "Enabled." : "Disabled." };
  });

export const deleteScheduleAction = authorized("operate")
  .bindArgsSchemas([ZCuid])
  .action(async ({ bindArgsParsedInputs: [scheduleId], ctx: { user, prisma } }) => {
    await deleteSchedule(prisma, user, scheduleId);
    revalidatePath("/schedules");
    redirect("/schedules");
  });

/** Re-read the feed from an earlier execution's key or a point in time (confirmed in the browser, audited). */
export const rewindFeedAction = authorized("operate")
  .bindArgsSchemas([ZCuid])
  .inputSchema(zForm(ZRewindFeed))
  .action(async ({ bindArgsParsedInputs: [scheduleId], parsedInput, ctx: { user, prisma } }) => {
    const { message } = await rewindFeed(prisma, user, { scheduleId, ...parsedInput });
    revalidatePath(`/schedules/${scheduleId}`);
    return { ok: true, message };
  });
