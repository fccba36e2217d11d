import type { TPrisma } from "@/lib/db/client";

/** The organization's latest audit lines, newest first, with who made them. */
export function listAuditEntries(prisma: TPrisma, organizationId: string, take = 200) {
  return prisma.auditLog.findMany({
    where: { organizationId },
    orderBy: { id: "desc" },
    take,
    include: { user: { select: { name: true } } },
  });
}
