import { z } from "zod";
import { routeHandler } from "@/lib/actions/route-handler";
import { MAX_REPLAY_BYTES } from "@/lib/functions/retrieve-ticket-status/replay-file";
import { stageReplayFile } from "@/lib/functions/retrieve-ticket-status/stage-replay-file";
import { ZDisplayName } from "@/lib/security/text";
import { readLimitedText } from "@/lib/uploads/read-limited-text";

export const dynamic = "force-dynamic";

/**
 * The retrieve-status replay file, sent as the request body (streamed, 20 MB
 * at most) before the schedule form is saved: a server action would cap it at
 * 1 MB and lose the whole form beyond. Answers the staged file's id.
 */
export const POST = routeHandler(
  {
    permission: "operate",
    params: z.object({}),
    query: z.object({ name: ZDisplayName("The file name", 200) }),
  },
  async ({ request, user, prisma, query }) => {
    const text = await readLimitedText(request, MAX_REPLAY_BYTES);
    return Response.json(await stageReplayFile(prisma, user, { fileName: query.name, text }));
  },
);
