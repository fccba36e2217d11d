// Turns away anonymous requests; roles and organization are checked again by
// each page and action (lib/auth/current-user.ts). Every answer carries a
// Content-Security-Policy with a fresh nonce, which Next reads from the request
// headers and puts on the scripts it renders.
// Only reads the session cookie: Auth.js's own middleware re-issues the cookie
// on every request, and a prefetch answered after sign-out would then sign the
// user back in.
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/security/headers";

const PUBLIC_PATHS = ["/sign-in", "/api/health"];

export default async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    if (https) response.headers.set(HSTS.key, HSTS.value);
    return response;
  };
  const path = request.nextUrl.pathname;
  const token = PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`))
    ? true
    : await getToken({
        req: request,
        secret: process.env.AUTH_SECRET,
        secureCookie: request.nextUrl.protocol === "https:",
      });
  if (token) {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    return secure(NextResponse.next({ request: { headers } }));
  }
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`);
  return secure(NextResponse.redirect(signIn));
}

export const config = {
  // The replay upload streams past the proxy (which would buffer it, and cut it at 10 MB); its handler checks the user.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|sign-out|api/auth|api/replay-files).*)"],
};
