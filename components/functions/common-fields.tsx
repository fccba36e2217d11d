"use client";

// Fields that several functions' fieldsets share.
import { useState } from "react";
import type { TActionState } from "@/lib/actions/action-state";
import { RECOMMENDED_BATCH_SIZE } from "@/lib/functions/common/constants";
import type { TOption } from "@/lib/schedules/schedule-form-types";
import { Field } from "../ui/field";
import { MultiSelect } from "../ui/multi-select";
import { Warning } from "../ui/warning";
import { settingList, settingText } from "./fieldset-props";

/** Batch size: recommended for the functions that page through rows; left empty by the push functions. */
export function BatchSizeField({
  state,
  stored,
  emptyMeansAll,
}: {
  state: TActionState;
  stored: unknown;
  emptyMeansAll?: boolean;
}) {
  return (
    <Field
      name="batchSize"
      label="Batch size"
      state={state}
      hint={
        emptyMeansAll
          ? "Keep it empty: every ticket since the last OK or WARNING run is sent."
          : `Recommended: ${RECOMMENDED_BATCH_SIZE.toLocaleString("en")}.`
      }
    >
      {(control) => (
        <input
          {...control}
          type="number"
          min={1}
          className="input"
          defaultValue={settingText(stored ?? (emptyMeansAll ? "" : RECOMMENDED_BATCH_SIZE))}
        />
      )}
    </Field>
  );
}

/** Codes from the organization's catalog, picked by search with chips. */
export function CodeMultiSelect({
  name,
  label,
  options,
  stored,
  disabled,
  state,
}: {
  name: string;
  label: string;
  options: TOption[];
  stored: unknown;
  disabled?: boolean;
  state: TActionState;
}) {
  return (
    <Field name={name} label={label} state={state}>
      {(control) => (
        <MultiSelect
          control={control}
          options={options.map((o) => ({ value: o.code, label: o.name }))}
          defaultValue={settingList(stored)}
          disabled={disabled}
        />
      )}
    </Field>
  );
}

/** Tax numbers typed as a comma-separated list. */
export function TaxNumbersField({
  name,
  label,
  state,
  stored,
  hint,
  className,
  placeholder,
}: {
  name: string;
  label: string;
  state: TActionState;
  stored: unknown;
  hint?: string;
  className?: string;
  placeholder?: string;
}) {
  return (
    <Field name={name} label={label} state={state} hint={hint} className={className}>
      {(control) => (
        <input {...control} className="input font-mono" defaultValue={settingText(stored)} placeholder={placeholder} />
      )}
    </Field>
  );
}

/** Date from (push functions): overrides the end of the last successful run, with its warning while set. */
export function DateFromField({ state, stored, timeZone }: { state: TActionState; stored: unknown; timeZone: string }) {
  const [dateFrom, setDateFrom] = useState(settingText(stored));
  return (
    <Field
      name="dateFrom"
      label={`Date from (${timeZone})`}
      state={state}
      hint="Overrides the end of the last OK or WARNING run."
    >
      {(control) => (
        <>
          <input
            {...control}
            type="datetime-local"
            className="input"
            value={dateFrom}
            onChange={(e) => setDateFrom(e.target.value)}
          />
          {dateFrom && (
            <Warning testId="date-from-warning">
              While Date from stays set, every run sends the same tickets again. Use it once, in a separate schedule,
              then clear it.
            </Warning>
          )}
        </>
      )}
    </Field>
  );
}
