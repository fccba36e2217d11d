import { z } from "zod";

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address.")),
  password: z.string().min(1, "Enter your password."),
});
export type TSignIn = z.infer<typeof ZSignIn>;
