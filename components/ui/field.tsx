import type { ReactNode } from "react";
import type { TActionState } from "@/lib/actions/action-state";

/** What a field hands its control: the ids that tie label, hint and errors to it. */
export type TControlProps = {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/**
 * Label + control + hint + the server's errors for one form field. The
 * control is rendered by `children` with the props that make a screen reader
 * announce the error (aria-invalid, aria-describedby).
 */
export function Field({
  name,
  label,
  state,
  hint,
  className,
  children,
}: {
  name: string;
  label: ReactNode;
  state?: TActionState;
  hint?: ReactNode;
  className?: string;
  children: (control: TControlProps) => ReactNode;
}) {
  const errors = state?.fieldErrors?.[name] ?? [];
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors.length ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label className="label" htmlFor={name}>
        {label}
      </label>
      {children({
        id: name,
        name,
        ...(errorId ? { "aria-invalid": true } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint && (
        <p id={hintId} className="muted mt-1">
          {hint}
        </p>
      )}
      <FieldErrors id={errorId} name={name} state={state} />
    </div>
  );
}

/** The server's messages for one field, right under it (also for controls that are not a single input). */
export function FieldErrors({ id, name, state }: { id?: string; name: string; state?: TActionState }) {
  const messages = state?.fieldErrors?.[name] ?? [];
  return messages.length ? (
    <div id={id ?? `${name}-error`} data-testid={`error-${name}`}>
      {messages.map((m) => (
        <p key={m} className="field-error">
          {m}
        </p>
      ))}
    </div>
  ) : null;
}
