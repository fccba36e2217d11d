import type { TPrisma } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { ZSignIn } from "./sign-in-schema";

export type TAuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  organizationId: string;
  role: "ADMIN" | "OPERATOR" | "VIEWER";
};

// A fixed hash compared when the e-mail is unknown, so both failures take the
// same time and do not reveal which accounts exist.
const DUMMY_HASH = "$2b$10$HaHyFYCeWBX8B/kCACx50ucNWkSFiEAZkJKHBVZBtOrPfHHjct19K";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

/**
 * The user for these credentials, or null. Never says which half was wrong,
 * nor that an account is locked (the answer is the same for every refusal).
 */
export async function authenticate(
  prisma: TPrisma,
  raw: unknown,
  now = new Date(),
): Promise<TAuthenticatedUser | null> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || user.disabled) return null;
  if (user.lockedUntil && user.lockedUntil > now) return null;
  if (!ok) {
    const failed = user.failedSignIns + 1;
    const lock = failed >= MAX_FAILED_SIGN_INS;
    await prisma.user.update({
      where: { id: user.id },
      data: lock
        ? { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) }
        : { failedSignIns: failed },
    });
    return null;
  }
  await prisma.user.update({
    where: { id: user.id },
    data: { lastSignInAt: now, failedSignIns: 0, lockedUntil: null },
  });
  return { id: user.id, email: user.email, name: user.name, organizationId: user.organizationId, role: user.role };
}
