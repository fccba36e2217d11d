import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await currentUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  let next = "/";
  try {
    // Auth.js passes an absolute URL; only its path is kept (no open redirect).
    if (callbackUrl) {
      const url = new URL(callbackUrl, "http://local");
      next = `${url.pathname}${url.search}`;
    }
  } catch {}
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="card w-full max-w-sm p-6">
        <p className="text-xs font-semibold tracking-widest text-indigo-600 uppercase">S-360 ↔ TIXNGO</p>
        <h1 className="mt-1 mb-5">Sign in to the interface back-office</h1>
        <SignInForm next={next} />
      </div>
    </main>
  );
}
