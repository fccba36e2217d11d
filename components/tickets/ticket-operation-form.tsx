"use client";

import type { TActionResult } from "@/lib/actions/action-state";
import { FieldErrors } from "../ui/field";
import { useFormAction } from "../use-form-action";

/** One operation on one ticket (reprint, resale, check): a reason and a button; the answer shows beside it. */
export function TicketOperationForm({
  action,
  label,
  testId,
}: {
  action: (form: FormData) => Promise<TActionResult>;
  label: string;
  testId: string;
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1" data-testid={testId}>
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <label className="label" htmlFor={`${testId}-reason`}>
            {label}: reason
          </label>
          <input id={`${testId}-reason`} name="reason" className="input" required minLength={3} maxLength={500} />
        </div>
        <button type="submit" className="btn" disabled={pending} data-testid={`${testId}-submit`}>
          {pending ? "…" : label}
        </button>
      </div>
      <FieldErrors state={state} name="reason" />
      {state.error && !state.fieldErrors && (
        <p className="text-xs text-red-700" data-testid={`${testId}-error`}>
          {state.error}
        </p>
      )}
      {state.message && (
        <p className="text-xs text-emerald-700" data-testid={`${testId}-message`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
