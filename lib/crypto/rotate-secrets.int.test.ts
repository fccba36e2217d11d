import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { demoApiKey, seedDemo } from "@/lib/seed/seed-demo";
import { openTestDatabase } from "@/test/databases";
import { rotateSecrets } from "./rotate-secrets";
import { decryptSecret, SecretDecryptError } from "./secret-box";

describe("secrets:rotate", () => {
  let database: TDatabase;
  const oldKey = "test-encryption-key"; // the key the seed encrypted with (vitest env)
  const newKey = "a-brand-new-key-for-the-test";
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    await seedDemo(database.prisma);
  });
  afterAll(() => database.close());

  it("re-encrypts every API key under the new key, the old one decrypting meanwhile; runs again safely", async () => {
    const before = await database.prisma.interface.findMany({ select: { apiKeyCipher: true, organization: true } });
    expect(before.length).toBeGreaterThan(0);
    // During the rotation the app holds both keys: old ciphertexts still decrypt.
    expect(decryptSecret(before[0]!.apiKeyCipher, newKey, oldKey)).toBe(demoApiKey(before[0]!.organization.code));
    expect(await rotateSecrets(database.prisma, { newKey, previousKey: oldKey })).toEqual({
      reEncrypted: before.length,
      alreadyNew: 0,
    });
    const after = await database.prisma.interface.findMany({ select: { apiKeyCipher: true, organization: true } });
    for (const row of after) {
      expect(row.apiKeyCipher).toMatch(/^v1:/);
      expect(row.apiKeyCipher).not.toContain(demoApiKey(row.organization.code));
      expect(decryptSecret(row.apiKeyCipher, newKey, undefined)).toBe(demoApiKey(row.organization.code));
      expect(() => decryptSecret(row.apiKeyCipher, oldKey, undefined)).toThrow(SecretDecryptError);
    }
    expect(await rotateSecrets(database.prisma, { newKey, previousKey: oldKey })).toEqual({
      reEncrypted: 0,
      alreadyNew: after.length,
    });
    const audit = await database.prisma.auditLog.findMany({ where: { action: "interface.rotateKey" } });
    expect(audit).toHaveLength(before.length);
    expect(JSON.stringify(audit.map((a) => a.summary))).not.toContain(newKey);
  });
});
