import type { TPrisma } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { ZSignIn } from "./sign-in-schema";

export type TAuthenticatedUser = { id: string; email: string; name: string; organizationId: string; role: "ADMIN" | "OPERATOR" | "VIEWER" };

// A fixed hash compared when the e-mail is unknown, so both failures take the
// same time and do not reveal which accounts exist.
const DUMMY_HASH = "$2b$10$HaHyFYCeWBX8B/kCACx50ucNWkSFiEAZkJKHBVZBtOrPfHHjct19K";

/** The user for these credentials, or null. Never says which half was wrong. */
export async function authenticate(prisma: TPrisma, raw: unknown): Promise<TAuthenticatedUser | null> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabled) return null;
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, organizationId: user.organizationId, role: user.role };
}
