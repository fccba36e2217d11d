import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/seed/demo-data";
import { seedDemo } from "@/lib/seed/seed-demo";
import { openTestDatabase } from "@/test/databases";
import { authenticate } from "./authenticate";

describe("authenticate", () => {
  let database: TDatabase;
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    await seedDemo(database.prisma);
  });
  afterAll(async () => {
    await database.close();
  });

  it("signs in with the right password, whatever the e-mail's case", async () => {
    const user = await authenticate(database.prisma, { email: " Operator@Lausanne.demo ", password: DEMO_PASSWORD });
    expect(user).toMatchObject({ email: "operator@lausanne.demo", role: "OPERATOR" });
    const stored = await database.prisma.user.findUniqueOrThrow({ where: { email: "operator@lausanne.demo" } });
    expect(stored.lastSignInAt).not.toBeNull();
    expect(stored.passwordHash).not.toContain(DEMO_PASSWORD);
  });

  it("locks an account for 15 minutes after 5 wrong passwords, even with the right one", async () => {
    const email = "operator@geneva.demo";
    const now = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < 5; i++)
      expect(await authenticate(database.prisma, { email, password: "guess" }, now)).toBeNull();
    expect(
      await authenticate(database.prisma, { email, password: DEMO_PASSWORD }, new Date(now.getTime() + 60_000)),
    ).toBeNull();
    expect(
      await authenticate(database.prisma, { email, password: DEMO_PASSWORD }, new Date(now.getTime() + 16 * 60_000)),
    ).toMatchObject({ email });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { email } })).failedSignIns).toBe(0);
  });

  it("refuses a wrong password, an unknown e-mail, a disabled user and malformed input", async () => {
    expect(await authenticate(database.prisma, { email: "admin@lausanne.demo", password: "nope" })).toBeNull();
    expect(await authenticate(database.prisma, { email: "nobody@lausanne.demo", password: DEMO_PASSWORD })).toBeNull();
    expect(await authenticate(database.prisma, { email: 42 })).toBeNull();
    await database.prisma.user.update({ where: { email: "viewer@geneva.demo" }, data: { disabled: true } });
    expect(await authenticate(database.prisma, { email: "viewer@geneva.demo", password: DEMO_PASSWORD })).toBeNull();
  });
});
