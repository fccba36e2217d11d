import type { Role } from "@/lib/generated/prisma/enums";

export type TCurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  /** The zone times are shown and typed in: the user's own, else the organization's. */
  timeZone: string;
  organizationTimeZone: string;
};

/** A user row with its organization → what every page and action knows of the caller. */
export function toCurrentUser(user: {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  timeZone: string | null;
  organization: { name: string; timeZone: string };
}): TCurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    organizationName: user.organization.name,
    timeZone: user.timeZone ?? user.organization.timeZone,
    organizationTimeZone: user.organization.timeZone,
  };
}
