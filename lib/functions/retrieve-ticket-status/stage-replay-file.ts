import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseReplayFile } from "./replay-file";

const STAGED_FOR_MS = 24 * 60 * 60_000;

/**
 * A replay file checked and kept for the schedule form that chose it: the
 * form then names it by id when it is saved. Refused with its lines and
 * reasons; the user's own older staged files are cleared on the way.
 */
export async function stageReplayFile(
  prisma: TPrisma,
  user: TCurrentUser,
  upload: { fileName: string; text: string },
): Promise<{ id: string; fileName: string; changes: number }> {
  const parsed = parseReplayFile(upload.text);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", "The file was refused.", { replayFile: parsed.errors });
  const staged = await prisma.$transaction(async (tx) => {
    await tx.stagedUpload.deleteMany({
      where: { userId: user.id, createdAt: { lt: new Date(Date.now() - STAGED_FOR_MS) } },
    });
    return tx.stagedUpload.create({
      data: {
        organizationId: user.organizationId,
        userId: user.id,
        fileName: upload.fileName,
        content: upload.text,
        sizeBytes: Buffer.byteLength(upload.text),
      },
      select: { id: true, fileName: true },
    });
  });
  return { ...staged, changes: parsed.changes.length };
}
