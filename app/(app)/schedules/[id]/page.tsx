import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/action-button";
import { formatDateTime } from "@/components/format";
import { RewindFeedForm } from "@/components/rewind-feed-form";
import { ScheduleForm } from "@/components/schedule-form";
import { ExecutionStatusBadge } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ZCuid } from "@/lib/db/ids";
import { FUNCTIONS } from "@/lib/functions/registry";
import { scheduleFormOptions } from "@/lib/schedules/form-options";
import { getSchedule } from "@/lib/schedules/get-schedule";
import { rewindPoints } from "@/lib/schedules/rewind-feed";
import { scheduleFormValues } from "@/lib/schedules/schedule-form-values";
import { deleteScheduleAction, rewindFeedAction, runNowAction, saveScheduleAction } from "../actions";

export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePage("view");
  const parsedId = ZCuid.safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const prisma = await db();
  const schedule = await getSchedule(prisma, user.organizationId, id);
  if (!schedule) notFound();
  const operate = can(user.role, "operate");
  const saved = (await searchParams).saved === "1";
  return (
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="muted">
            <Link href="/schedules" className="text-indigo-700 hover:underline">
              Schedules
            </Link>{" "}
            · {FUNCTIONS[schedule.function].label}
          </p>
          <h1 data-testid="schedule-name">{schedule.name}</h1>
          {saved && (
            <p className="mt-1 text-sm text-emerald-700" data-testid="saved">
              Saved.
            </p>
          )}
        </div>
        {operate && (
          <div className="flex gap-2">
            <ActionButton
              action={runNowAction.bind(null, schedule.id)}
              label="Run now"
              pendingLabel="Starting…"
              className="btn-primary"
              testId="run-now"
            />
            <ActionButton
              action={deleteScheduleAction.bind(null, schedule.id)}
              label="Delete"
              confirm={`Delete "${schedule.name}" and its execution history?`}
              testId="delete-schedule"
            />
          </div>
        )}
      </div>
      <section className="card">
        <h2 className="p-4 pb-2">Latest executions</h2>
        {schedule.executions.length === 0 ? (
          <p className="muted px-4 pb-4">Never run.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>#</th>
                <th>Status</th>
                <th>Started</th>
                <th>Ended</th>
                <th>Read / sent / rejected / skipped</th>
              </tr>
            </thead>
            <tbody>
              {schedule.executions.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link href={`/executions/${e.id}`} className="text-indigo-700 hover:underline">
                      #{e.id}
                    </Link>
                  </td>
                  <td>
                    <ExecutionStatusBadge status={e.status} />
                  </td>
                  <td>{formatDateTime(e.startedAt ?? e.queuedAt, user.timeZone)}</td>
                  <td>{formatDateTime(e.endedAt, user.timeZone)}</td>
                  <td className="tabular-nums">
                    {e.readCount} / {e.sentCount} / {e.rejectedCount} / {e.skippedCount}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {operate && schedule.function === "RETRIEVE_TICKET_STATUS" && (
        <RewindFeedForm
          action={rewindFeedAction.bind(null, schedule.id)}
          timeZone={user.timeZone}
          points={(await rewindPoints(prisma, user.organizationId, schedule.id)).map((e) => ({
            id: e.id,
            label: `#${e.id} · ${formatDateTime(e.startedAt, user.timeZone)} · ${e.status}${e.paginationKeyBefore ? "" : " · from the beginning"}`,
          }))}
        />
      )}
      {operate ? (
        <ScheduleForm
          fn={schedule.function}
          action={saveScheduleAction.bind(null, { id: schedule.id, function: schedule.function })}
          options={await scheduleFormOptions(prisma, user.organizationId)}
          values={scheduleFormValues(schedule, user.timeZone, schedule.uploads[0]?.fileName)}
          submitLabel="Save changes"
        />
      ) : (
        <pre className="card overflow-x-auto p-4 text-xs">{JSON.stringify(schedule.settings, null, 2)}</pre>
      )}
    </div>
  );
}
