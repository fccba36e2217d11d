import { decryptSecret } from "@/lib/crypto/secret-box";
import type { TPrisma } from "@/lib/db/client";

/** The interface's API key in clear, for the TIXNGO client only. Never returned to a page. */
export async function interfaceApiKey(prisma: TPrisma, interfaceId: string): Promise<string> {
  const row = await prisma.interface.findUniqueOrThrow({ where: { id: interfaceId }, select: { apiKeyCipher: true } });
  return decryptSecret(row.apiKeyCipher);
}
