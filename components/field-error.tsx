import type { TActionState } from "@/lib/actions/action-state";

/** The server's messages for one field, right under it. */
export function FieldError({ state, name }: { state: TActionState; name: string }) {
  const messages = state.fieldErrors?.[name];
  return messages?.length ? (
    <div data-testid={`error-${name}`}>
      {messages.map((m) => (
        <p key={m} className="field-error">
          {m}
        </p>
      ))}
    </div>
  ) : null;
}
