import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { auth } from "./auth";
import { can, type TPermission } from "./roles";
import { toCurrentUser, type TCurrentUser } from "./to-current-user";

export type { TCurrentUser };

/** The signed-in user as the database says now, once per request. */
export const currentUser = cache(async (): Promise<TCurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await (
    await db()
  ).user.findUnique({
    where: { id },
    include: { organization: { select: { name: true, timeZone: true } } },
  });
  // A session older than the user's last sign-out, password, role change or disabling is over.
  if (!user || user.disabled || user.sessionVersion !== (session?.sessionVersion ?? 0)) return null;
  return toCurrentUser(user);
});

/** For pages: sign-in when anonymous, 403 page when the role is too low. */
export async function requirePage(permission: TPermission = "view"): Promise<TCurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** For server actions and route handlers (through their door): throws a typed error instead of redirecting. */
export async function requireUser(permission: TPermission = "view"): Promise<TCurrentUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended: sign in again.");
  if (!can(user.role, permission)) throw new AppError("FORBIDDEN", "You are not allowed to do this.");
  return user;
}
