import type { Metadata } from "next";
import { ActionButton } from "@/components/action-button";
import { formatDateTime } from "@/components/format";
import { NewUserForm, RoleForm } from "@/components/user-forms";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { listUsers } from "@/lib/users/list-users";
import { changeRoleAction, changeUserAction, createUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePage("administer");
  const users = await listUsers(await db(), admin.organizationId);
  const now = new Date();
  return (
    <div className="space-y-4">
      <h1>Users</h1>
      <p className="muted">
        Everyone who signs in to {admin.organizationName}. A new user or a reset password gets a one-time password,
        shown once here: hand it over yourself. A role change, disabling or a reset ends the user&apos;s sessions.
      </p>
      <NewUserForm action={createUserAction} />
      <table className="table" data-testid="users">
        <thead>
          <tr>
            <th>Name</th>
            <th>E-mail</th>
            <th>Role</th>
            <th>State</th>
            <th>Last sign-in</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const locked = u.lockedUntil && u.lockedUntil > now;
            const row = `user-${u.email}`;
            return (
              <tr key={u.id} data-testid={row}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>
                  <RoleForm action={changeRoleAction.bind(null, u.id)} role={u.role} testId={`${row}-role`} />
                </td>
                <td data-testid={`${row}-state`}>
                  {u.disabled
                    ? "Disabled"
                    : locked
                      ? `Locked until ${formatDateTime(u.lockedUntil, admin.timeZone)}`
                      : "Active"}
                </td>
                <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, admin.timeZone) : "—"}</td>
                <td className="flex flex-wrap gap-2">
                  <ActionButton
                    action={changeUserAction.bind(null, u.id, { kind: u.disabled ? "enable" : "disable" })}
                    label={u.disabled ? "Enable" : "Disable"}
                    confirm={u.disabled ? undefined : `Disable ${u.email}? Their sessions end now.`}
                    testId={`${row}-${u.disabled ? "enable" : "disable"}`}
                  />
                  <ActionButton
                    action={changeUserAction.bind(null, u.id, { kind: "resetPassword" })}
                    label="Reset password"
                    confirm={`Give ${u.email} a new one-time password? Their sessions end now.`}
                    testId={`${row}-reset`}
                  />
                  {locked && (
                    <ActionButton
                      action={changeUserAction.bind(null, u.id, { kind: "unlock" })}
                      label="Unlock"
                      testId={`${row}-unlock`}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
