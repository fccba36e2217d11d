import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";

// The session carries only the user id: role and organization are read from
// the database on every request (lib/auth/current-user.ts), so a role change
// or a disabled account takes effect at once.
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused sign-in is an expected outcome, not an error with a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin") console.warn("[auth] sign-in refused: wrong e-mail or password");
      else console.error("[auth]", error.name, error.message);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const user = await authenticate(await db(), credentials);
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
});
