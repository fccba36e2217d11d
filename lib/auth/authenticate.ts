import { recordAudit } from "@/lib/audit/record-audit";
import type { TPrisma } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { ZSignIn } from "./sign-in-schema";
import { clearSignInFailures, recordSignInFailure, signInWait, type TThrottleOptions } from "./sign-in-throttle";

export type TAuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  organizationId: string;
  role: "ADMIN" | "OPERATOR" | "VIEWER";
  sessionVersion: number;
};

// A fixed hash compared when the e-mail is unknown, so both failures take the
// same time and do not reveal which accounts exist.
const DUMMY_HASH = "$2b$10$HaHyFYCeWBX8B/kCACx50ucNWkSFiEAZkJKHBVZBtOrPfHHjct19K";

/**
 * The user for these credentials; null for wrong credentials (never saying
 * which half was wrong), "THROTTLED" while this account may not be tried from
 * this address. Unknown e-mails are counted like known ones, so the answer
 * does not reveal which accounts exist.
 */
export async function authenticate(
  prisma: TPrisma,
  raw: unknown,
  context: { address: string } & TThrottleOptions = { address: "unknown" },
): Promise<TAuthenticatedUser | "THROTTLED" | null> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if ((await signInWait(prisma, email, context.address)) > 0) return "THROTTLED";
  const user = await prisma.user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    const block = await recordSignInFailure(prisma, email, context.address, context);
    if (block && user) {
      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { lockedUntil: block.lockedUntil } });
        await recordAudit(tx, {
          organizationId: user.organizationId,
          userId: null,
          action: "user.lock",
          entityType: "User",
          entityId: user.id,
          summary: `Sign-in to ${user.email} blocked until ${block.lockedUntil.toISOString()} after repeated wrong passwords from ${context.address}.`,
          changes: { address: context.address, lockedUntil: block.lockedUntil.toISOString() },
        });
      });
    }
    return null;
  }
  if (user.disabled) return null;
  await clearSignInFailures(prisma, email, context.address);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organizationId: user.organizationId,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
