import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { toCurrentUser, type TCurrentUser } from "@/lib/auth/to-current-user";
import type { TDatabase } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { changeUser } from "./change-user";
import { createUser } from "./create-user";

describe.each(DATABASE_KINDS)("user management on %s", (kind) => {
  let database: TDatabase;
  let admin: TCurrentUser;
  const here = { address: "10.1.1.1" };
  const userOf = async (email: string) =>
    toCurrentUser(
      await database.prisma.user.findUniqueOrThrow({
        where: { email },
        include: { organization: { select: { name: true, timeZone: true } } },
      }),
    );
  async function refusal(promise: Promise<unknown>) {
    try {
      await promise;
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error("expected a refusal");
  }
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await seedDemo(database.prisma);
    admin = await userOf("admin@lausanne.demo");
  });
  afterAll(() => database.close());

  it("creates a user with a one-time password that signs in, kept only as a hash and never audited", async () => {
    const { id, password } = await createUser(database.prisma, admin, {
      name: "Nina Rossi",
      email: "nina@lausanne.demo",
      role: "OPERATOR",
    });
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await authenticate(database.prisma, { email: "nina@lausanne.demo", password }, here)).toMatchObject({ id });
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: id } });
    expect(JSON.stringify({ ...audit, id: null })).not.toContain(password);
    const dup = await refusal(
      createUser(database.prisma, admin, { name: "N", email: "nina@lausanne.demo", role: "VIEWER" }),
    );
    expect(dup.fieldErrors?.email?.[0]).toBe("This e-mail address already has an account.");
  });

  it("a role change, disabling and a password reset end the user's sessions; audited before and after", async () => {
    const operator = await database.prisma.user.findUniqueOrThrow({ where: { email: "operator@lausanne.demo" } });
    await changeUser(database.prisma, admin, operator.id, { kind: "role", role: "VIEWER" });
    const { password } = await changeUser(database.prisma, admin, operator.id, { kind: "resetPassword" });
    await changeUser(database.prisma, admin, operator.id, { kind: "disable" });
    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: operator.id } });
    expect(after).toMatchObject({ role: "VIEWER", disabled: true, sessionVersion: operator.sessionVersion + 3 });
    const audit = await database.prisma.auditLog.findFirstOrThrow({
      where: { action: "user.role", entityId: operator.id },
    });
    expect(audit.changes).toMatchObject({ before: { role: "OPERATOR" }, after: { role: "VIEWER" } });
    const reset = await database.prisma.auditLog.findFirstOrThrow({
      where: { action: "user.resetPassword", entityId: operator.id },
    });
    expect(JSON.stringify({ ...reset, id: null })).not.toContain(password!);
    expect(await authenticate(database.prisma, { email: operator.email, password: password! }, here)).toBeNull();
  });

  it("never leaves the organization without an active admin", async () => {
    const refused = await refusal(changeUser(database.prisma, admin, admin.id, { kind: "role", role: "OPERATOR" }));
    expect(refused).toMatchObject({ code: "CONFLICT" });
    expect(refused.message).toMatch(/last active admin/);
    expect((await refusal(changeUser(database.prisma, admin, admin.id, { kind: "disable" }))).code).toBe("CONFLICT");
    // Two admins demoting each other at once: one of them stays admin.
    const second = await createUser(database.prisma, admin, { name: "Bo", email: "bo@lausanne.demo", role: "ADMIN" });
    const bo = await userOf("bo@lausanne.demo");
    const results = await Promise.allSettled([
      changeUser(database.prisma, admin, second.id, { kind: "role", role: "VIEWER" }),
      changeUser(database.prisma, bo, admin.id, { kind: "role", role: "VIEWER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await database.prisma.user.count({
        where: { organizationId: admin.organizationId, role: "ADMIN", disabled: false },
      }),
    ).toBe(1);
  });

  it("an admin cannot touch another organization's users", async () => {
    const other = await database.prisma.user.findUniqueOrThrow({ where: { email: "operator@geneva.demo" } });
    const currentAdmin = await database.prisma.user.findFirstOrThrow({
      where: { organizationId: admin.organizationId, role: "ADMIN", disabled: false },
      include: { organization: { select: { name: true, timeZone: true } } },
    });
    for (const change of [{ kind: "disable" }, { kind: "resetPassword" }, { kind: "unlock" }] as const)
      expect((await refusal(changeUser(database.prisma, toCurrentUser(currentAdmin), other.id, change))).code).toBe(
        "NOT_FOUND",
      );
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      disabled: false,
      sessionVersion: other.sessionVersion,
    });
  });

  it("unlock lifts a sign-in block and says so in the audit", async () => {
    const email = "viewer@lausanne.demo";
    const attacker = { address: "203.0.113.50" };
    for (let i = 0; i < 5; i++) await authenticate(database.prisma, { email, password: "x" }, attacker);
    const locked = await database.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(locked.lockedUntil).not.toBeNull();
    const currentAdmin = await database.prisma.user.findFirstOrThrow({
      where: { organizationId: admin.organizationId, role: "ADMIN", disabled: false },
      include: { organization: { select: { name: true, timeZone: true } } },
    });
    await changeUser(database.prisma, toCurrentUser(currentAdmin), locked.id, { kind: "unlock" });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { email } })).lockedUntil).toBeNull();
    expect(await authenticate(database.prisma, { email, password: "demo-password" }, attacker)).toMatchObject({
      email,
    });
    expect(await database.prisma.auditLog.count({ where: { action: { in: ["user.lock", "user.unlock"] } } })).toBe(2);
  });
});
