"use server";

import { AuthError, CredentialsSignin } from "next-auth";
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
      // Only a path of this site: not "//host" nor "/\\host", which browsers read as another host.
      redirectTo: /^\/(?![/\\])/.test(next) ? next : "/",
    });
    return {};
  } catch (error) {
    // The successful sign-in redirect is thrown too: only credential errors are ours.
    if (error instanceof CredentialsSignin && error.code === "throttled")
      return {
        error: "Too many attempts for this account from here: wait a few minutes, then try again.",
        email: raw.email,
      };
    if (error instanceof AuthError) return { error: "Wrong e-mail or password.", email: raw.email };
    throw error;
  }
}
