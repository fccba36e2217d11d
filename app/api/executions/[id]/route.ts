import { z } from "zod";
import { routeHandler } from "@/lib/actions/route-handler";
import { ZSerialIdText } from "@/lib/db/ids";
import { AppError } from "@/lib/errors/app-error";
import { executionProgress } from "@/lib/executions/execution-progress";

export const dynamic = "force-dynamic";

/** Live progress of one execution, polled by its page while it runs. */
export const GET = routeHandler(
  { permission: "view", params: z.object({ id: ZSerialIdText }), query: z.object({}) },
  async ({ user, prisma, params: { id } }) => {
    const progress = await executionProgress(prisma, user.organizationId, id);
    if (!progress) throw new AppError("NOT_FOUND", "This execution does not exist in your organization.");
    return Response.json(progress);
  },
);
