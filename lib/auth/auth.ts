// Auth.js: credentials sign-in and a JWT session cookie.
// The session carries the user id and the user's session version: role and
// organization are read from the database on every request
// (./current-user.ts), and a session whose version is no longer the user's
// (signed out, password or role changed, disabled) is refused there.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { endSessions } from "./end-sessions";

declare module "next-auth" {
  interface Session {
    sessionVersion?: number;
  }
}

/** Sign-in refused because this account was tried too often from here: the form says to wait. */
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sv === "number") session.sessionVersion = token.sv;
      return session;
    },
  },
  events: {
    // Signing out ends every copy of the session, not only this browser's cookie.
    async signOut(message) {
      const uid = "token" in message ? message.token?.uid : undefined;
      if (typeof uid === "string") await endSessions(await db(), uid);
    },
  },
  logger: {
    // A refused sign-in is an expected outcome, not an error with a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin") console.warn("[auth] sign-in refused");
      else console.error("[auth]", error.name, error.message);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticate(await db(), credentials, { address: clientAddress(request.headers) });
        if (result === "THROTTLED") throw new ThrottledSignIn();
        return result
          ? { id: result.id, email: result.email, name: result.name, sessionVersion: result.sessionVersion }
          : null;
      },
    }),
  ],
});
