"use client";

import { FieldErrors } from "./ui/field";
import { useFormAction, type TFormAction } from "./use-form-action";

/** "Re-read the feed from…" an earlier execution's key or a point in time, after a confirmation. */
export function RewindFeedForm({
  action,
  points,
  timeZone,
}: {
  action: TFormAction;
  points: { id: number; label: string }[];
  timeZone: string;
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form
      onSubmit={(event) => {
        if (
          !window.confirm(
            "Re-read the TIXNGO feed from there at the next run? Changes already applied are reported and change nothing.",
          )
        ) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="card space-y-3 p-4"
      noValidate
      data-testid="rewind-feed"
    >
      <h2>Re-read the feed from…</h2>
      <p className="muted text-sm">
        Sets the pagination key back. Re-reading is harmless: a change a ticket already applied changes nothing and is
        listed &quot;already applied&quot;.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label className="label" htmlFor="fromExecution">
            Where an earlier execution started
          </label>
          <select id="fromExecution" name="fromExecution" className="input" defaultValue="">
            <option value="">—</option>
            {points.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          <FieldErrors state={state} name="fromExecution" />
        </div>
        <div>
          <label className="label" htmlFor="fromTime">
            Or a point in time ({timeZone})
          </label>
          <input id="fromTime" name="fromTime" type="datetime-local" className="input" />
          <FieldErrors state={state} name="fromTime" />
        </div>
      </div>
      <button type="submit" className="btn" disabled={pending} data-testid="rewind-feed-submit">
        {pending ? "…" : "Re-read from there"}
      </button>
      {state.error && (
        <p className="text-sm text-red-700" data-testid="rewind-feed-error">
          {state.error}
        </p>
      )}
      {state.message && (
        <p className="text-sm text-emerald-700" data-testid="rewind-feed-message">
          {state.message}
        </p>
      )}
    </form>
  );
}
