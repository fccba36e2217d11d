import { z } from "zod";

export const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Enter a valid e-mail address.")
    .pipe(z.email("Enter a valid e-mail address.")),
  password: z.string().min(1, "Enter your password.").max(200, "A password is at most 200 characters."),
});
export type TSignIn = z.infer<typeof ZSignIn>;
