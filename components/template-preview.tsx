"use client";

import { useActionState } from "react";
import { actionState, type TActionState } from "@/lib/actions/action-state";
import type { TFormAction } from "./use-form-action";

export function TemplatePreview({ action, example }: { action: TFormAction; example?: string }) {
  const [state, formAction, pending] = useActionState(
    async (_prev: TActionState, form: FormData): Promise<TActionState> => actionState(await action(form)),
    {},
  );
  return (
    <section className="card space-y-3 p-4" data-testid="template-preview">
      <h2>Preview on a ticket</h2>
      <form action={formAction} className="flex items-end gap-2">
        <div>
          <label className="label" htmlFor="taxNumber">
            Tax number
          </label>
          <input id="taxNumber" name="taxNumber" className="input font-mono" defaultValue={example} />
        </div>
        <button className="btn" type="submit" disabled={pending}>
          {pending ? "…" : "Preview"}
        </button>
      </form>
      {state.error && (
        <p className="field-error" data-testid="preview-error">
          {state.error}
        </p>
      )}
      {state.message && (
        <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100" data-testid="preview-payload">
          {state.message}
        </pre>
      )}
    </section>
  );
}
