import type { TPrisma } from "@/lib/db/client";

const PAGE = 1000;

/**
 * The whole log of an execution as text lines ("<ISO instant> <LEVEL> <message>",
 * dumps as JSON on the next line), read in keyset pages so a long run streams
 * without being held in memory. The caller has checked the execution is the reader's.
 */
export function streamExecutionLog(prisma: TPrisma, executionId: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = BigInt(0);
  return new ReadableStream({
    async pull(controller) {
      const lines = await prisma.executionLog.findMany({
        where: { executionId, id: { gt: after } },
        orderBy: { id: "asc" },
        take: PAGE,
      });
      if (lines.length === 0) {
        controller.close();
        return;
      }
      after = lines.at(-1)!.id;
      const text = lines
        .map(
          (l) =>
            `${l.at.toISOString()} ${l.level.padEnd(5)} ${l.message}\n${l.data === null ? "" : `  ${JSON.stringify(l.data)}\n`}`,
        )
        .join("");
      controller.enqueue(encoder.encode(text));
    },
  });
}
