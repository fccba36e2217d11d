"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { actionState, type TActionResult, type TActionState } from "@/lib/actions/action-state";

/**
 * A server action bound to a form's submit, keeping what the user typed:
 * React resets a form after its `action` runs, which would wipe every field
 * when the server answers with errors.
 */
/** A door action taking the submitted form (its other arguments bound). */
export type TFormAction = (form: FormData) => Promise<TActionResult>;

export function useFormAction(action: TFormAction) {
  const [state, dispatch, pending] = useActionState(
    async (_prev: TActionState, form: FormData): Promise<TActionState> => actionState(await action(form)),
    {},
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, pending };
}
