import type { Role } from "@/lib/generated/prisma/enums";

// What each role may do. Checked on the server by every page, action and
// route handler; the navigation only mirrors it.
const RANK: Record<Role, number> = { VIEWER: 0, OPERATOR: 1, ADMIN: 2 };

export type TPermission =
  | "view" // every screen except administration
  | "operate" // schedules: create, edit, run now; cancel executions
  | "administer"; // interfaces, audit log

const REQUIRED: Record<TPermission, Role> = { view: "VIEWER", operate: "OPERATOR", administer: "ADMIN" };

export function can(role: Role, permission: TPermission): boolean {
  return RANK[role] >= RANK[REQUIRED[permission]];
}

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", OPERATOR: "Operator", VIEWER: "Viewer" };
