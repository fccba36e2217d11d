// The one door for server actions. Every action states the permission it
// needs; the door resolves the user from the database (never the cookie
// alone), checks the role, parses every input — the form and each bound
// argument — with zod, and maps any error once to what the operator reads.
//
//   export const deleteScheduleAction = authorized("operate")
//     .bindArgsSchemas([ZScheduleId])
//     .action(async ({ bindArgsParsedInputs: [id], ctx: { user, prisma } }) => …);
import "server-only";
import "@/lib/validation/operator-messages";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import type { TPermission } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { TUserError } from "@/lib/errors/app-error";
import { toUserError } from "@/lib/errors/to-user-error";

const actionClient = createSafeActionClient({
  defineMetadataSchema: () =>
    z.object({ permission: z.enum(["view", "operate", "administer"] satisfies TPermission[]) }),
  defaultValidationErrorsShape: "flattened",
  handleServerError: (error): TUserError => toUserError(error),
}).use(async ({ next, metadata }) => {
  // Runs before any input is parsed: a refused caller learns nothing about the input's shape.
  const user = await requireUser(metadata.permission);
  return next({ ctx: { user, prisma: await db() } });
});

/** An action client for callers holding `permission`. */
export function authorized(permission: TPermission) {
  return actionClient.metadata({ permission });
}
