"use server";

import { revalidatePath } from "next/cache";
import { zForm } from "@/lib/actions/form-input";
import { authorized } from "@/lib/actions/safe-action";
import { ZTextId } from "@/lib/db/ids";
import { changeUser } from "@/lib/users/change-user";
import { createUser } from "@/lib/users/create-user";
import { ZNewUser, ZUserChange } from "@/lib/users/user-schemas";

/** The one-time password is in the answer once, for the admin to hand over; it is stored only as a hash. */
export const createUserAction = authorized("administer")
  .inputSchema(zForm(ZNewUser))
  .action(async ({ parsedInput, ctx: { user, prisma } }) => {
    const { password } = await createUser(prisma, user, parsedInput);
    revalidatePath("/users");
    return {
      ok: true,
      message: `Created ${parsedInput.email}. One-time password (shown once, copy it now): ${password}`,
    };
  });

export const changeUserAction = authorized("administer")
  .bindArgsSchemas([ZTextId, ZUserChange])
  .action(async ({ bindArgsParsedInputs: [userId, change], ctx: { user, prisma } }) => {
    const result = await changeUser(prisma, user, userId, change);
    revalidatePath("/users");
    return {
      ok: true,
      message: result.password
        ? `${result.message} One-time password (shown once, copy it now): ${result.password}`
        : result.message,
    };
  });

/** The role select of one row: the form carries the new role. */
export const changeRoleAction = authorized("administer")
  .bindArgsSchemas([ZTextId])
  .inputSchema(zForm(ZUserChange.options[0].pick({ role: true })))
  .action(async ({ bindArgsParsedInputs: [userId], parsedInput: { role }, ctx: { user, prisma } }) => {
    const result = await changeUser(prisma, user, userId, { kind: "role", role });
    revalidatePath("/users");
    return { ok: true, message: result.message };
  });
