"use client";

// The schedule wizard's second step: the common fields here, then exactly the
// fields of the chosen function from its fieldset (components/functions/),
// with the warnings docs/functions.md gives.
import { useState } from "react";
import { RECOMMENDED_FREQUENCY_MINUTES } from "@/lib/functions/common/constants";
import type { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { stageReplayFileOf } from "./stage-replay-file";
import { describeCron } from "@/lib/schedules/describe-cron";
import type { TScheduleFormOptions, TScheduleFormValues } from "@/lib/schedules/schedule-form-types";
import { FIELDSETS } from "./functions/fieldsets";
import { Field, FieldErrors } from "./ui/field";
import { type TFormAction, useFormAction } from "./use-form-action";

export function ScheduleForm({
  fn,
  action,
  values,
  options,
  submitLabel,
}: {
  fn: ScheduleFunction;
  action: TFormAction;
  values: TScheduleFormValues;
  options: TScheduleFormOptions;
  submitLabel: string;
}) {
  const { state, onSubmit, pending } = useFormAction(
    action,
    fn === "RETRIEVE_TICKET_STATUS" ? stageReplayFileOf : undefined,
  );
  const [launch, setLaunch] = useState(values.launchMode ?? "MANUAL");
  const [kind, setKind] = useState(values.frequencyKind ?? "MINUTES");
  const [cron, setCron] = useState(values.cron ?? "*/5 * * * *");
  const automatic = launch === "AUTOMATIC";
  const Fieldset = FIELDSETS[fn];

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate data-testid="schedule-form">
      {state.error && (
        <p
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="form-error"
        >
          {state.error}
        </p>
      )}

      <fieldset className="card grid gap-4 p-4 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Schedule</legend>
        <Field name="name" label="Internal name" state={state}>
          {(control) => <input {...control} className="input" defaultValue={values.name} required maxLength={100} />}
        </Field>
        <div>
          <span className="label">Launch</span>
          <div className="flex gap-4 text-sm">
            {(["MANUAL", "AUTOMATIC"] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="launchMode"
                  value={mode}
                  checked={launch === mode}
                  onChange={() => setLaunch(mode)}
                />{" "}
                {mode === "MANUAL" ? "Manual" : "Automatic"}
              </label>
            ))}
          </div>
          <FieldErrors name="launchMode" state={state} />
        </div>
        {automatic && (
          <>
            <div>
              <span className="label">Frequency</span>
              <div className="flex items-center gap-3 text-sm">
                <label className="flex items-center gap-1.5">
                  <input
                    type="radio"
                    name="frequencyKind"
                    value="MINUTES"
                    checked={kind === "MINUTES"}
                    onChange={() => setKind("MINUTES")}
                  />{" "}
                  Every
                </label>
                <input
                  aria-label="Minutes"
                  name="frequencyMinutes"
                  type="number"
                  min={1}
                  className="input w-20"
                  defaultValue={values.frequencyMinutes ?? RECOMMENDED_FREQUENCY_MINUTES}
                  disabled={kind !== "MINUTES"}
                />
                <span>minutes</span>
                <label className="flex items-center gap-1.5">
                  <input
                    type="radio"
                    name="frequencyKind"
                    value="CRON"
                    checked={kind === "CRON"}
                    onChange={() => setKind("CRON")}
                  />{" "}
                  Cron
                </label>
              </div>
              {kind === "CRON" && (
                <>
                  <input
                    aria-label="Cron expression"
                    name="cron"
                    className="input mt-2 font-mono"
                    value={cron}
                    onChange={(e) => setCron(e.target.value)}
                  />
                  <p className="muted mt-1" data-testid="cron-words">
                    {describeCron(cron)}, {values.timeZone} time
                  </p>
                </>
              )}
              <p className="muted mt-1">Recommended: every {RECOMMENDED_FREQUENCY_MINUTES} minutes.</p>
              <FieldErrors name="frequencyMinutes" state={state} />
              <FieldErrors name="cron" state={state} />
            </div>
            <div className="grid grid-cols-2 gap-3">
              <Field name="startAt" label={`Start (${values.timeZone})`} state={state}>
                {(control) => (
                  <input {...control} type="datetime-local" className="input" defaultValue={values.startAt} />
                )}
              </Field>
              <Field name="endAt" label={`End (${values.timeZone})`} state={state}>
                {(control) => (
                  <input {...control} type="datetime-local" className="input" defaultValue={values.endAt} />
                )}
              </Field>
            </div>
          </>
        )}
        <div className="flex flex-col gap-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="enabled" defaultChecked={values.enabled ?? true} /> Enabled
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="notifyOnWarning" defaultChecked={values.notifyOnWarning ?? false} /> Also
            e-mail the failure address on WARNING
          </label>
        </div>
      </fieldset>

      <fieldset className="card grid gap-4 p-4 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Function settings</legend>
        <Fieldset state={state} values={values} options={options} automatic={automatic} />
      </fieldset>

      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
