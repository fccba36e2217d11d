import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScheduleForm } from "@/components/schedule-form";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { FUNCTIONS } from "@/lib/functions/registry";
import { getInterface } from "@/lib/interfaces/get-interface";
import { scheduleFormOptions } from "@/lib/schedules/form-options";
import { inputDateTime } from "@/lib/schedules/schedule-form-values";
import { saveScheduleAction } from "../../actions";

export const metadata: Metadata = { title: "New schedule" };

export default async function NewScheduleFormPage({ params }: { params: Promise<{ fn: string }> }) {
  const user = await requirePage("operate");
  const fn = (await params).fn as ScheduleFunction;
  if (!Object.values(ScheduleFunction).includes(fn)) notFound();
  const prisma = await db();
  const [options, iface] = await Promise.all([
    scheduleFormOptions(prisma, user.organizationId),
    getInterface(prisma, user.organizationId),
  ]);
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <p className="muted">
          <Link href="/schedules/new" className="text-indigo-700 hover:underline">
            New schedule
          </Link>{" "}
          · step 2 of 2
        </p>
        <h1>{FUNCTIONS[fn].label}</h1>
        <p className="muted">Times are {user.timeZone} time.</p>
      </div>
      {!iface && (
        <p className="card border-amber-200 bg-amber-50 p-3 text-sm">
          No TIXNGO interface yet: an admin sets it up under Interfaces before schedules can be saved.
        </p>
      )}
      <ScheduleForm
        fn={fn}
        action={saveScheduleAction.bind(null, { function: fn })}
        options={options}
        submitLabel="Create schedule"
        values={{
          settings: {},
          // No End is suggested: an automatic schedule ends only when the operator says so.
          startAt: inputDateTime(new Date(), user.timeZone),
          timeZone: user.timeZone,
        }}
      />
    </div>
  );
}
