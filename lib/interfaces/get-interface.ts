import type { TPrisma } from "@/lib/db/client";

/** The organization's TIXNGO interface, or null. The API key's cipher is never selected (the client omits it). */
export function getInterface(prisma: TPrisma, organizationId: string) {
  return prisma.interface.findUnique({ where: { organizationId } });
}
