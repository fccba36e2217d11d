import { z } from "zod";
import { routeHandler } from "@/lib/actions/route-handler";
import { ZSerialIdText } from "@/lib/db/ids";
import { AppError } from "@/lib/errors/app-error";
import { streamExecutionLog } from "@/lib/executions/stream-execution-log";

export const dynamic = "force-dynamic";

/** The execution's whole log as a text file. */
export const GET = routeHandler(
  { permission: "view", params: z.object({ id: ZSerialIdText }), query: z.object({}) },
  async ({ user, prisma, params: { id } }) => {
    const execution = await prisma.execution.findFirst({
      where: { id, organizationId: user.organizationId },
      select: { id: true },
    });
    if (!execution) throw new AppError("NOT_FOUND", "This execution does not exist in your organization.");
    return new Response(streamExecutionLog(prisma, execution.id), {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename="execution-${execution.id}-log.txt"`,
        "cache-control": "no-store",
      },
    });
  },
);
