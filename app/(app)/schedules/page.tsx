import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { formatDateTime, formatRelative, runDuration } from "@/components/format";
import { ExecutionDelayNote, ExecutionStatusBadge } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { describeCron } from "@/lib/schedules/describe-cron";
import { listSchedules } from "@/lib/schedules/list-schedules";
import { FUNCTIONS } from "@/lib/functions/registry";
import { runNowAction, setScheduleEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Schedules" };

const ENDING_SOON_MS = 7 * 86_400_000;

export default async function SchedulesPage() {
  const user = await requirePage("view");
  const operate = can(user.role, "operate");
  const schedules = await listSchedules(await db(), user.organizationId);
  const now = new Date();
  // Automatic schedules that stop within a week, so nobody is surprised when they do.
  const endingSoon = schedules.filter(
    (s) =>
      s.launchMode === "AUTOMATIC" &&
      s.enabled &&
      s.endAt &&
      s.endAt > now &&
      s.endAt.getTime() - now.getTime() < ENDING_SOON_MS,
  );
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1>Schedules</h1>
        {operate && (
          <Link href="/schedules/new" className="btn-primary">
            New schedule
          </Link>
        )}
      </div>
      {endingSoon.length > 0 && (
        <div className="card border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" data-testid="ending-soon">
          {endingSoon.map((s) => (
            <p key={s.id}>
              Automatic schedule <strong>{s.name}</strong> stops {formatRelative(s.endAt, now)} (
              {formatDateTime(s.endAt, user.timeZone)}): move its End to keep it running.
            </p>
          ))}
        </div>
      )}
      <div className="card overflow-x-auto">
        {schedules.length === 0 ? (
          <p className="muted p-4">No schedule yet.{operate ? " Create one with New schedule." : ""}</p>
        ) : (
          <table className="table" data-testid="schedules-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Function</th>
                <th>Launch</th>
                <th>Next run</th>
                <th>End</th>
                <th>Last execution</th>
                <th>Last success</th>
                <th>Enabled</th>
                {operate && <th />}
              </tr>
            </thead>
            <tbody>
              {schedules.map((s) => {
                const last = s.executions[0];
                return (
                  <tr key={s.id} data-testid={`schedule-${s.name}`}>
                    <td className="font-medium">
                      <Link href={`/schedules/${s.id}`} className="text-indigo-700 hover:underline">
                        {s.name}
                      </Link>
                    </td>
                    <td>{FUNCTIONS[s.function].label}</td>
                    <td>
                      {s.launchMode === "AUTOMATIC"
                        ? s.cron
                          ? describeCron(s.cron)
                          : `Every ${s.frequencyMinutes} min`
                        : "Manual"}
                    </td>
                    <td>{s.launchMode === "AUTOMATIC" ? formatDateTime(s.nextRunAt, user.timeZone) : "—"}</td>
                    <td data-testid={`schedule-end-${s.name}`}>
                      {s.launchMode === "AUTOMATIC" ? formatDateTime(s.endAt, user.timeZone) : "—"}
                    </td>
                    <td>
                      {last ? (
                        <>
                          <Link href={`/executions/${last.id}`}>
                            <ExecutionStatusBadge status={last.status} />{" "}
                            <span className="muted">
                              #{last.id} · {formatRelative(last.startedAt, now)}
                              {last.startedAt && ` · ${runDuration(last.startedAt, last.endedAt, now)}`}
                            </span>
                          </Link>
                          <ExecutionDelayNote execution={last} />
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td
                      title={formatDateTime(s.lastSuccessAt, user.timeZone)}
                      data-testid={`schedule-last-success-${s.name}`}
                    >
                      {s.lastSuccessAt ? formatRelative(s.lastSuccessAt, now) : "never"}
                    </td>
                    <td>{s.enabled ? "Yes" : "No"}</td>
                    {operate && (
                      <td className="flex flex-wrap gap-2">
                        <ActionButton
                          action={runNowAction.bind(null, s.id)}
                          label="Run now"
                          pendingLabel="Starting…"
                          className="btn-primary"
                          testId={`run-now-${s.name}`}
                        />
                        <ActionButton
                          action={setScheduleEnabledAction.bind(null, s.id, !s.enabled)}
                          label={s.enabled ? "Disable" : "Enable"}
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
