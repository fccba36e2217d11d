import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptSecret } from "@/lib/crypto/secret-box";
import type { TDatabase } from "@/lib/db/client";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { demoApiKey, seedDemo } from "./seed-demo";

const NOW = new Date("2026-11-23T10:00:00Z");

describe.each(DATABASE_KINDS)("seedDemo on %s", (kind) => {
  let database: TDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });

  it("creates two organizations with users, catalog, files, tickets and an interface", async () => {
    const report = await seedDemo(database.prisma, { now: NOW });
    expect(report.map((r) => r.action)).toEqual(["created", "created"]);
    const prisma = database.prisma;
    expect(await prisma.organization.count()).toBe(2);
    expect(await prisma.user.count()).toBe(6);
    expect(await prisma.ticket.count()).toBe(report.reduce((sum, r) => sum + r.tickets, 0));
    const iface = await prisma.interface.findFirstOrThrow({
      where: { organization: { code: "LSE" } },
      omit: { apiKeyCipher: false },
    });
    expect(decryptSecret(iface.apiKeyCipher)).toBe(demoApiKey("LSE"));
    expect(iface.apiKeyHint).toBe("••••-lse");
    // The cipher stays out of ordinary queries.
    const plain = await prisma.interface.findFirstOrThrow({ where: { organization: { code: "LSE" } } });
    expect(Object.keys(plain)).not.toContain("apiKeyCipher");
  });

  it("keeps existing organizations on a re-run and recreates the same rows on reset", async () => {
    const before = await database.prisma.ticket.findMany({
      orderBy: { taxNumber: "asc" },
      select: { taxNumber: true, status: true },
    });
    expect((await seedDemo(database.prisma, { now: NOW })).map((r) => r.action)).toEqual(["kept", "kept"]);
    expect((await seedDemo(database.prisma, { now: NOW, reset: true })).map((r) => r.action)).toEqual([
      "reset",
      "reset",
    ]);
    const after = await database.prisma.ticket.findMany({
      orderBy: { taxNumber: "asc" },
      select: { taxNumber: true, status: true },
    });
    expect(after).toEqual(before);
  });
});
