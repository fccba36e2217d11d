import type { Metadata } from "next";
import Link from "next/link";
import { requirePage } from "@/lib/auth/current-user";
import { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { FUNCTIONS } from "@/lib/functions/registry";

export const metadata: Metadata = { title: "New schedule" };

export default async function NewSchedulePage() {
  await requirePage("operate");
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <p className="muted">New schedule · step 1 of 2</p>
        <h1>Choose the function</h1>
      </div>
      <ul className="grid gap-3 md:grid-cols-2">
        {Object.values(ScheduleFunction).map((fn) => (
          <li key={fn}>
            <Link
              href={`/schedules/new/${fn}`}
              className="card block h-full p-4 hover:border-indigo-300 hover:bg-indigo-50/40"
              data-testid={`function-${fn}`}
            >
              <p className="font-semibold">{FUNCTIONS[fn].label}</p>
              <p className="muted">Also known as {FUNCTIONS[fn].aka}</p>
              <p className="mt-2 text-sm">{FUNCTIONS[fn].summary}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
