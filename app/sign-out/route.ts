import { signOut } from "@/auth";

// A route handler outside proxy.ts's matcher: the proxy refreshes the session
// cookie on the requests it sees, which could race with its deletion here.
export async function POST() {
  await signOut({ redirectTo: "/sign-in" });
}
