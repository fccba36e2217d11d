// Every page needs a signed-in user (see authConfig.callbacks.authorized);
// roles and organization are checked again by each page and action.
import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
