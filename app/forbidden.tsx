import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="card max-w-md p-6" data-testid="forbidden">
        <h1>Not allowed</h1>
        <p className="mt-2 text-sm text-slate-600">
          Your role does not give access to this screen. Ask an administrator of your organization if you need it.
        </p>
        <Link href="/" className="btn mt-4">
          Back to the dashboard
        </Link>
      </div>
    </main>
  );
}
