import type { TPrisma, TTransaction } from "@/lib/db/client";

/** Every session of this user stops working at its next request (the version in the cookie no longer matches). */
export async function endSessions(prisma: TPrisma | TTransaction, userId: string): Promise<void> {
  await prisma.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
