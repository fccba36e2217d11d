import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { ZDisplayName } from "@/lib/security/text";

export const ZRole = z.enum(Role, { error: "Choose Admin, Operator or Viewer." });

export const ZNewUser = z.object({
  name: ZDisplayName("The name"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "An e-mail address is at most 254 characters.")
    .pipe(z.email("Enter a valid e-mail address.")),
  role: ZRole,
});
export type TNewUser = z.infer<typeof ZNewUser>;

/** What an admin may do to a user of their organization. */
export const ZUserChange = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("role"), role: ZRole }),
  z.object({ kind: z.literal("disable") }),
  z.object({ kind: z.literal("enable") }),
  z.object({ kind: z.literal("resetPassword") }),
  z.object({ kind: z.literal("unlock") }),
]);
export type TUserChange = z.infer<typeof ZUserChange>;
