"use client";

import { FieldErrors } from "./ui/field";
import { useFormAction, type TFormAction } from "./use-form-action";

const ROLES = [
  ["VIEWER", "Viewer"],
  ["OPERATOR", "Operator"],
  ["ADMIN", "Admin"],
] as const;

/** New user: name, e-mail, role; the answer carries the one-time password, shown once. */
export function NewUserForm({ action }: { action: TFormAction }) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="card grid gap-3 p-4 md:grid-cols-4" noValidate data-testid="new-user-form">
      <div>
        <label className="label" htmlFor="new-name">
          Name
        </label>
        <input id="new-name" name="name" className="input" />
        <FieldErrors state={state} name="name" />
      </div>
      <div>
        <label className="label" htmlFor="new-email">
          E-mail
        </label>
        <input id="new-email" name="email" type="email" className="input" />
        <FieldErrors state={state} name="email" />
      </div>
      <div>
        <label className="label" htmlFor="new-role">
          Role
        </label>
        <select id="new-role" name="role" className="input" defaultValue="VIEWER">
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <FieldErrors state={state} name="role" />
      </div>
      <div className="flex items-end">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Creating…" : "Create user"}
        </button>
      </div>
      {state.error && (
        <p className="text-sm text-red-700 md:col-span-4" data-testid="new-user-error">
          {state.error}
        </p>
      )}
      {state.message && (
        <p className="font-mono text-sm text-emerald-700 md:col-span-4" data-testid="new-user-message">
          {state.message}
        </p>
      )}
    </form>
  );
}

/** One row's role, saved on its own. */
export function RoleForm({ action, role, testId }: { action: TFormAction; role: string; testId: string }) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="inline-flex flex-col items-start gap-1">
      <span className="inline-flex gap-1">
        <select name="role" aria-label="Role" className="input" defaultValue={role} data-testid={`${testId}-select`}>
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit" className="btn" disabled={pending} data-testid={`${testId}-save`}>
          Save
        </button>
      </span>
      {state.error && (
        <span className="max-w-xs text-xs text-red-700" data-testid={`${testId}-error`}>
          {state.error}
        </span>
      )}
      {state.message && <span className="max-w-xs text-xs text-emerald-700">{state.message}</span>}
    </form>
  );
}
