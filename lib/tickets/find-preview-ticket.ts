import type { TPrisma } from "@/lib/db/client";

/** A tax number worth previewing a ticket template on: a ticket of the organization not printed yet. */
export async function findPreviewTaxNumber(prisma: TPrisma, organizationId: string): Promise<string | undefined> {
  const ticket = await prisma.ticket.findFirst({
    where: { organizationId, status: "NOT_PRINTED", performanceId: { not: null } },
    select: { taxNumber: true },
  });
  return ticket?.taxNumber;
}
