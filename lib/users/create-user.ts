import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { TCurrentUser } from "@/lib/auth/to-current-user";
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { oneTimePassword } from "./one-time-password";
import type { TNewUser } from "./user-schemas";

/** A user of the admin's organization, with a one-time password returned once (never stored in clear, never logged). */
export async function createUser(
  prisma: TPrisma,
  admin: TCurrentUser,
  input: TNewUser,
): Promise<{ id: string; password: string }> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { ...input, passwordHash, organizationId: admin.organizationId },
        select: { id: true },
      });
      await recordAudit(tx, {
        organizationId: admin.organizationId,
        userId: admin.id,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        summary: `Created user ${input.email} (${input.role.toLowerCase()}) with a one-time password.`,
        changes: { after: input },
      });
      return { id: user.id, password };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        email: ["This e-mail address already has an account."],
      });
    throw error;
  }
}
