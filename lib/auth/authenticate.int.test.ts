import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/seed/demo-data";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { authenticate } from "./authenticate";
import { unlockAccount } from "./sign-in-throttle";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(DATABASE_KINDS)("authenticate on %s", (kind) => {
  let database: TDatabase;
  // Locks of a second, doubling, so the growth is seen without waiting minutes.
  const from = (address: string) => ({ address, baseLockSeconds: 1 });
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await seedDemo(database.prisma);
  });
  afterAll(async () => {
    await database.close();
  });

  it("signs in with the right password, whatever the e-mail's case", async () => {
    const user = await authenticate(
      database.prisma,
      { email: " Operator@Lausanne.demo ", password: DEMO_PASSWORD },
      from("10.0.0.1"),
    );
    expect(user).toMatchObject({ email: "operator@lausanne.demo", role: "OPERATOR", sessionVersion: 0 });
    const stored = await database.prisma.user.findUniqueOrThrow({ where: { email: "operator@lausanne.demo" } });
    expect(stored.lastSignInAt).not.toBeNull();
    expect(stored.passwordHash).not.toContain(DEMO_PASSWORD);
  });

  it("blocks an account from one address after 5 wrong passwords, with growing delays, never elsewhere; audited", async () => {
    const email = "operator@geneva.demo";
    const attacker = from("203.0.113.9");
    for (let i = 0; i < 5; i++)
      expect(await authenticate(database.prisma, { email, password: "guess" }, attacker)).toBeNull();
    expect(await authenticate(database.prisma, { email, password: DEMO_PASSWORD }, attacker)).toBe("THROTTLED");
    // The owner, elsewhere, still signs in.
    expect(await authenticate(database.prisma, { email, password: DEMO_PASSWORD }, from("198.51.100.7"))).toMatchObject(
      { email },
    );
    await sleep(1100);
    // Block over: 5 more wrong guesses block for twice as long.
    for (let i = 0; i < 5; i++)
      expect(await authenticate(database.prisma, { email, password: "guess" }, attacker)).toBeNull();
    await sleep(1100);
    expect(await authenticate(database.prisma, { email, password: DEMO_PASSWORD }, attacker)).toBe("THROTTLED");
    await sleep(1100);
    expect(await authenticate(database.prisma, { email, password: DEMO_PASSWORD }, attacker)).toMatchObject({ email });
    const audit = await database.prisma.auditLog.findMany({ where: { action: "user.lock" }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]!.summary).toContain("203.0.113.9");
  });

  it("counts unknown e-mails like known ones, and an admin's unlock lifts a block", async () => {
    const attacker = from("203.0.113.10");
    for (let i = 0; i < 5; i++)
      await authenticate(database.prisma, { email: "nobody@lausanne.demo", password: "x" }, attacker);
    expect(await authenticate(database.prisma, { email: "nobody@lausanne.demo", password: "x" }, attacker)).toBe(
      "THROTTLED",
    );
    const email = "viewer@lausanne.demo";
    for (let i = 0; i < 5; i++) await authenticate(database.prisma, { email, password: "x" }, attacker);
    expect(await authenticate(database.prisma, { email, password: DEMO_PASSWORD }, attacker)).toBe("THROTTLED");
    expect(await unlockAccount(database.prisma, email)).toBeGreaterThan(0);
    expect(await authenticate(database.prisma, { email, password: DEMO_PASSWORD }, attacker)).toMatchObject({ email });
  });

  it("refuses a wrong password, an unknown e-mail, a disabled user and malformed input", async () => {
    const here = from("10.0.0.2");
    expect(await authenticate(database.prisma, { email: "admin@lausanne.demo", password: "nope" }, here)).toBeNull();
    expect(
      await authenticate(database.prisma, { email: "nobody@lausanne.demo", password: DEMO_PASSWORD }, here),
    ).toBeNull();
    expect(await authenticate(database.prisma, { email: 42 }, here)).toBeNull();
    await database.prisma.user.update({ where: { email: "viewer@geneva.demo" }, data: { disabled: true } });
    expect(
      await authenticate(database.prisma, { email: "viewer@geneva.demo", password: DEMO_PASSWORD }, here),
    ).toBeNull();
  });
});
