import { recordAudit } from "@/lib/audit/record-audit";
import type { TPrisma } from "@/lib/db/client";
import { decryptSecret, encryptSecret, SecretDecryptError } from "./secret-box";

/**
 * Every interface API key re-encrypted under `newKey`, in one transaction:
 * each is read with the new key or else the previous one, so the command can
 * be run again after a failure. One audit line per organization, without the
 * key nor its ciphertext.
 */
export async function rotateSecrets(
  prisma: TPrisma,
  keys: { newKey: string; previousKey: string },
): Promise<{ reEncrypted: number; alreadyNew: number }> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.interface.findMany({
      select: { id: true, organizationId: true, name: true, apiKeyCipher: true },
      orderBy: { id: "asc" },
    });
    let reEncrypted = 0;
    let alreadyNew = 0;
    for (const row of rows) {
      try {
        decryptSecret(row.apiKeyCipher, keys.newKey, undefined);
        alreadyNew++;
        continue;
      } catch (error) {
        if (!(error instanceof SecretDecryptError)) throw error;
      }
      const plain = decryptSecret(row.apiKeyCipher, keys.previousKey, undefined);
      await tx.interface.update({ where: { id: row.id }, data: { apiKeyCipher: encryptSecret(plain, keys.newKey) } });
      await recordAudit(tx, {
        organizationId: row.organizationId,
        userId: null,
        action: "interface.rotateKey",
        entityType: "Interface",
        entityId: row.id,
        summary: `Re-encrypted the API key of "${row.name}" under a new APP_ENCRYPTION_KEY (secrets:rotate).`,
      });
      reEncrypted++;
    }
    return { reEncrypted, alreadyNew };
  });
}
