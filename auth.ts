// Auth.js lives in lib/auth/auth.ts; this root module keeps the conventional import path for app/.
export { auth, handlers, signIn, signOut } from "@/lib/auth/auth";
