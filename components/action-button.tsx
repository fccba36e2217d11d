"use client";

import { useActionState } from "react";
import { actionState, type TActionResult, type TActionState } from "@/lib/actions/action-state";

/** A one-button form for a server action; its refusal shows right beside it. */
export function ActionButton({
  action,
  label,
  pendingLabel,
  className = "btn",
  confirm,
  testId,
}: {
  /** A door action with its arguments bound. */
  action: () => Promise<TActionResult>;
  label: string;
  pendingLabel?: string;
  className?: string;
  confirm?: string;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(
    async (): Promise<TActionState> => actionState(await action()),
    {},
  );
  return (
    <form
      action={formAction}
      className="inline-flex flex-col items-start"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      <button type="submit" className={className} disabled={pending} data-testid={testId}>
        {pending ? (pendingLabel ?? "…") : label}
      </button>
      {state.error && (
        <span className="mt-1 max-w-xs text-xs text-red-700" data-testid={testId ? `${testId}-error` : undefined}>
          {state.error}
        </span>
      )}
      {state.message && (
        <span className="mt-1 max-w-xs text-xs text-emerald-700" data-testid={testId ? `${testId}-message` : undefined}>
          {state.message}
        </span>
      )}
    </form>
  );
}
