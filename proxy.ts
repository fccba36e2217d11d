// Turns away anonymous requests; roles and organization are checked again by
// each page and action (lib/auth/current-user.ts).
// Only reads the session cookie: Auth.js's own middleware re-issues the cookie
// on every request, and a prefetch answered after sign-out would then sign the
// user back in.
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";

const PUBLIC_PATHS = ["/sign-in", "/api/health"];

export default async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`))) return NextResponse.next();
  const token = await getToken({
    req: request,
    secret: process.env.AUTH_SECRET,
    secureCookie: request.nextUrl.protocol === "https:",
  });
  if (token) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|sign-out|api/auth).*)"],
};
