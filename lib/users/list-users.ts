import type { TPrisma } from "@/lib/db/client";

/** The organization's users for the admin's screen (never a hash). */
export function listUsers(prisma: TPrisma, organizationId: string) {
  return prisma.user.findMany({
    where: { organizationId },
    orderBy: [{ disabled: "asc" }, { email: "asc" }],
    take: 500,
    select: { id: true, name: true, email: true, role: true, disabled: true, lockedUntil: true, lastSignInAt: true },
  });
}
