import { z } from "zod";

export const ZSignIn = z.object({
  email: z.email("Enter a valid e-mail address.").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password."),
});
export type TSignIn = z.infer<typeof ZSignIn>;
