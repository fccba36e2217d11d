// Auth.js: credentials sign-in and a JWT session cookie.
// The session carries only the user id: role and organization are read from
// the database on every request (./current-user.ts), so a role change or a
// disabled account takes effect at once.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { authenticate } from "./authenticate";

export const { handlers, auth, signIn, signOut } = NextAuth({
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
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
