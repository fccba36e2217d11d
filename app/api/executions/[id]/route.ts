import { NotAllowedError, requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { executionProgress } from "@/lib/executions/execution-progress";

export const dynamic = "force-dynamic";

/** Live progress of one execution, polled by its page while it runs. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requireUser("view");
    const id = Number((await params).id);
    const progress = Number.isSafeInteger(id) ? await executionProgress(await db(), user.organizationId, id) : null;
    if (!progress) return Response.json({ error: "Not found" }, { status: 404 });
    return Response.json(progress);
  } catch (error) {
    if (error instanceof NotAllowedError) return Response.json({ error: error.message }, { status: 401 });
    throw error;
  }
}
