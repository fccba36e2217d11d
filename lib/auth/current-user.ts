import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { NotAllowedError } from "./not-allowed-error";
import { can, type TPermission } from "./roles";

export type TCurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organizationName: string;
};

/** The signed-in user as the database says now, once per request. */
export const currentUser = cache(async (): Promise<TCurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await (
    await db()
  ).user.findUnique({
    where: { id },
    include: { organization: { select: { name: true } } },
  });
  if (!user || user.disabled) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    organizationName: user.organization.name,
  };
});

/** For pages: sign-in when anonymous, 403 page when the role is too low. */
export async function requirePage(permission: TPermission = "view"): Promise<TCurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (!can(user.role, permission)) forbidden();
  return user;
}

export { NotAllowedError };

/** For server actions and route handlers: throws a typed error instead of redirecting. */
export async function requireUser(permission: TPermission = "view"): Promise<TCurrentUser> {
  const user = await currentUser();
  if (!user) throw new NotAllowedError("Your session has ended: sign in again.");
  if (!can(user.role, permission)) throw new NotAllowedError();
  return user;
}
