import { recordAudit } from "@/lib/audit/record-audit";
import { endSessions } from "@/lib/auth/end-sessions";
import { hashPassword } from "@/lib/auth/password";
import { unlockAccount } from "@/lib/auth/sign-in-throttle";
import type { TCurrentUser } from "@/lib/auth/to-current-user";
import type { TPrisma, TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { oneTimePassword } from "./one-time-password";
import type { TUserChange } from "./user-schemas";

/**
 * One admin change to a user of the admin's organization, audited with the
 * fields before and after. A role change, disabling or a password reset ends
 * the user's sessions. The organization keeps at least one active admin:
 * its row is locked while that is checked, so two admins demoting each other
 * at once cannot both succeed.
 */
export async function changeUser(
  prisma: TPrisma,
  admin: TCurrentUser,
  userId: string,
  change: TUserChange,
): Promise<{ message: string; password?: string }> {
  const password = change.kind === "resetPassword" ? oneTimePassword() : undefined;
  const passwordHash = password ? await hashPassword(password) : undefined;
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${admin.organizationId} FOR UPDATE`;
    const user = await tx.user.findFirst({ where: { id: userId, organizationId: admin.organizationId } });
    if (!user) throw new AppError("NOT_FOUND", "This user does not exist in your organization.");
    const before = { role: user.role, disabled: user.disabled, lockedUntil: user.lockedUntil?.toISOString() ?? null };
    const losesAdmin =
      user.role === "ADMIN" &&
      !user.disabled &&
      ((change.kind === "role" && change.role !== "ADMIN") || change.kind === "disable");
    if (losesAdmin) await keepAnAdmin(tx, admin.organizationId, user.id);

    let data: { role?: Role; disabled?: boolean; passwordHash?: string; lockedUntil?: null };
    let summary: string;
    switch (change.kind) {
      case "role":
        data = { role: change.role };
        summary = `Changed ${user.email}'s role from ${user.role.toLowerCase()} to ${change.role.toLowerCase()}.`;
        break;
      case "disable":
        data = { disabled: true };
        summary = `Disabled ${user.email}.`;
        break;
      case "enable":
        data = { disabled: false };
        summary = `Enabled ${user.email}.`;
        break;
      case "resetPassword":
        data = { passwordHash };
        summary = `Reset ${user.email}'s password to a one-time password.`;
        break;
      case "unlock":
        data = { lockedUntil: null };
        summary = `Unlocked sign-in for ${user.email}.`;
        break;
    }
    await tx.user.update({ where: { id: user.id }, data });
    if (change.kind === "role" || change.kind === "disable" || change.kind === "resetPassword")
      await endSessions(tx, user.id);
    if (change.kind === "unlock") await unlockAccount(tx, user.email);
    const after = {
      role: data.role ?? user.role,
      disabled: data.disabled ?? user.disabled,
      lockedUntil: "lockedUntil" in data ? null : before.lockedUntil,
    };
    await recordAudit(tx, {
      organizationId: admin.organizationId,
      userId: admin.id,
      action: `user.${change.kind}`,
      entityType: "User",
      entityId: user.id,
      summary,
      // The password is never recorded, only that it was reset.
      changes: { before, after, ...(change.kind === "resetPassword" ? { passwordReset: true } : {}) },
    });
    return { message: summary, password };
  });
}

async function keepAnAdmin(tx: TTransaction, organizationId: string, leaving: string) {
  const others = await tx.user.count({
    where: { organizationId, role: "ADMIN", disabled: false, id: { not: leaving } },
  });
  if (others === 0)
    throw new AppError(
      "CONFLICT",
      "This is the organization's last active admin: make another user admin first, so someone can still manage users and the interface.",
    );
}
