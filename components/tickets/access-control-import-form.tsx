"use client";

import { useState, useTransition, type FormEvent } from "react";
import { actionState, type TActionResult, type TActionState } from "@/lib/actions/action-state";
import { FieldErrors } from "../ui/field";

type TImportResult = TActionResult & { data?: { lineErrors?: { line: number; reason: string }[] } };

/** Upload the gate's export; every bad line comes back with its reason, and nothing is written until none is. */
export function AccessControlImportForm({ action }: { action: (form: FormData) => Promise<TImportResult> }) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<TActionState>({});
  const [lineErrors, setLineErrors] = useState<{ line: number; reason: string }[]>([]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action(form);
      setState(actionState(result));
      setLineErrors(result.data?.lineErrors ?? []);
    });
  };
  return (
    <form onSubmit={onSubmit} className="card space-y-3 p-4" data-testid="access-control-form">
      <div>
        <label className="label" htmlFor="file">
          Gate export (CSV: tax number, control time — or JSON: [{"{"} taxNumber, controlledAt {"}"}])
        </label>
        <input id="file" name="file" type="file" accept=".csv,.json,.txt,text/csv,application/json" className="input" />
        <FieldErrors state={state} name="file" />
      </div>
      <button type="submit" className="btn-primary" disabled={pending} data-testid="access-control-submit">
        {pending ? "Importing…" : "Import"}
      </button>
      {state.error && (
        <p className="text-sm text-red-700" data-testid="access-control-error">
          {state.error}
        </p>
      )}
      {lineErrors.length > 0 && (
        <table className="table" data-testid="access-control-line-errors">
          <thead>
            <tr>
              <th>Line</th>
              <th>Reason</th>
            </tr>
          </thead>
          <tbody>
            {lineErrors.map((e) => (
              <tr key={`${e.line}-${e.reason}`}>
                <td>{e.line || "—"}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.message && (
        <p className="text-sm text-emerald-700" data-testid="access-control-message">
          {state.message}
        </p>
      )}
    </form>
  );
}
