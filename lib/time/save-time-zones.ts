import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { ZTimeZone } from "./time-zone";

export const ZTimeZones = z.object({
  // Empty: follow the organization's zone.
  userTimeZone: z.preprocess((v) => (v === "" ? undefined : v), ZTimeZone.optional()),
  organizationTimeZone: z.preprocess((v) => (v === "" ? undefined : v), ZTimeZone.optional()),
});
export type TTimeZones = z.output<typeof ZTimeZones>;

/** The user's own zone, and for an admin the organization's, in one transaction. */
export async function saveTimeZones(
  prisma: TPrisma,
  user: TCurrentUser,
  { userTimeZone, organizationTimeZone }: TTimeZones,
): Promise<void> {
  const changesOrganization = organizationTimeZone !== undefined && organizationTimeZone !== user.organizationTimeZone;
  if (changesOrganization && !can(user.role, "administer"))
    throw new AppError("FORBIDDEN", "Only an admin changes the organization's time zone.");
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { timeZone: userTimeZone ?? null } });
    if (changesOrganization) {
      await tx.organization.update({ where: { id: user.organizationId }, data: { timeZone: organizationTimeZone } });
      await recordAudit(tx, {
        organizationId: user.organizationId,
        userId: user.id,
        action: "organization.time-zone",
        entityType: "Organization",
        entityId: user.organizationId,
        summary: `Changed the organization's time zone from ${user.organizationTimeZone} to ${organizationTimeZone}.`,
      });
    }
  });
}
