import type { Metadata } from "next";
import Link from "next/link";
import { AccessControlImportForm } from "@/components/tickets/access-control-import-form";
import { requirePage } from "@/lib/auth/current-user";
import { importAccessControlAction } from "../actions";

export const metadata: Metadata = { title: "Access-control import" };

export default async function AccessControlPage() {
  await requirePage("operate");
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex items-baseline gap-3">
        <Link href="/tickets" className="text-sm text-indigo-700 hover:underline">
          ← Tickets
        </Link>
        <h1>Access-control import</h1>
      </div>
      <p className="muted">
        The gate&apos;s export: one line per controlled ticket, its tax number and control time. The file is checked
        whole: when a line is wrong nothing is imported and each bad line is listed. PRINTED tickets become CONTROLLED
        at their gate time; tickets already CONTROLLED keep theirs, so importing the same file again changes nothing.
        Push controlled then tells TIXNGO.
      </p>
      <AccessControlImportForm action={importAccessControlAction} />
    </div>
  );
}
