import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] items-center justify-center p-6">
      <div className="card max-w-md p-6" data-testid="not-found">
        <h1>Not found</h1>
        <p className="mt-2 text-sm text-slate-600">This page does not exist, or it belongs to another organization.</p>
        <Link href="/" className="btn mt-4">
          Back to the dashboard
        </Link>
      </div>
    </main>
  );
}
