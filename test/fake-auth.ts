// Stands in for lib/auth/auth.ts (Auth.js) in integration tests that call
// server actions directly: the session is whoever `signInAs` names, and the
// rest of the door (user read from the database, role, organization) is real.
//   vi.mock("@/lib/auth/auth", () => import("@/test/fake-auth"));
let sessionUserId: string | null = null;

export function signInAs(userId: string | null): void {
  sessionUserId = userId;
}

export async function auth(): Promise<{ user: { id: string } } | null> {
  return sessionUserId ? { user: { id: sessionUserId } } : null;
}
