"use server";

import { revalidatePath } from "next/cache";
import { authorized } from "@/lib/actions/safe-action";
import { ZSerialId } from "@/lib/db/ids";
import { cancelExecution } from "@/lib/executions/cancel-execution";

export const cancelExecutionAction = authorized("operate")
  .bindArgsSchemas([ZSerialId])
  .action(async ({ bindArgsParsedInputs: [executionId], ctx: { user, prisma } }) => {
    await cancelExecution(prisma, user, executionId);
    revalidatePath(`/executions/${executionId}`);
    return { message: "Cancellation requested: the run stops at its next page." };
  });
