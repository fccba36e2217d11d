"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { ZSignIn } from "@/lib/auth/sign-in-schema";

export type TSignInState = {
  error?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
};

export async function signInAction(_prev: TSignInState, form: FormData): Promise<TSignInState> {
  const raw = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email: raw.email };
  const next = String(form.get("next") ?? "/");
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/",
    });
    return {};
  } catch (error) {
    // The successful sign-in redirect is thrown too: only credential errors are ours.
    if (error instanceof AuthError) return { error: "Wrong e-mail or password.", email: raw.email };
    throw error;
  }
}
