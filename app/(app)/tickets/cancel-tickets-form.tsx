"use client";

import { useState, useTransition, type FormEvent } from "react";
import { FieldErrors } from "@/components/ui/field";
import { actionState, type TActionState } from "@/lib/actions/action-state";
import type { TCancelSelection } from "@/lib/tickets/operations/cancel-tickets";
import { cancelTicketsAction, previewCancelAction } from "./actions";

/**
 * Cancel in two steps: the server first says how many tickets the selection
 * would cancel, then the operator confirms that count with a reason. The
 * selection is fixed (a ticket, a file, a performance) or read from the
 * checkboxes tied to this form (`form="<id>"`, name `ticketIds`) in the list.
 */
export function CancelTicketsForm({
  id,
  label,
  selection,
  testId,
}: {
  id: string;
  label: string;
  /** A fixed selection; without it, the checked `ticketIds` boxes tied to this form. */
  selection?: TCancelSelection;
  testId: string;
}) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<TActionState>({});
  const [confirm, setConfirm] = useState<{ expected: number; message: string; selection: TCancelSelection } | null>(
    null,
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen: TCancelSelection = selection ?? { ticketIds: form.getAll("ticketIds").map(Number) };
    startTransition(async () => {
      if (!confirm) {
        const result = await previewCancelAction(chosen);
        const shown = actionState(result);
        if (shown.error || !result.data?.expected) return setState(shown);
        setState({});
        setConfirm({ expected: result.data.expected, message: shown.message ?? "", selection: chosen });
        return;
      }
      const shown = actionState(await cancelTicketsAction(confirm.selection, confirm.expected, form));
      setState(shown);
      if (!shown.fieldErrors) setConfirm(null);
    });
  };

  return (
    <form id={id} onSubmit={onSubmit} className="flex flex-col gap-2" data-testid={testId}>
      {confirm && (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm font-semibold" data-testid={`${testId}-confirm`}>
            {confirm.message}
          </p>
          <label className="label" htmlFor={`${id}-reason`}>
            Reason (goes to the audit log)
          </label>
          <input id={`${id}-reason`} name="reason" className="input" required minLength={3} maxLength={500} />
          <FieldErrors state={state} name="reason" />
        </div>
      )}
      <div className="flex items-center gap-2">
        <button
          type="submit"
          className={confirm ? "btn-danger" : "btn"}
          disabled={pending}
          data-testid={`${testId}-submit`}
        >
          {pending ? "…" : confirm ? `Cancel ${confirm.expected} ticket(s)` : label}
        </button>
        {confirm && (
          <button type="button" className="btn" onClick={() => setConfirm(null)}>
            Keep them
          </button>
        )}
      </div>
      {state.error && (
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
