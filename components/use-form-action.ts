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

/**
 * `prepare` runs first in the browser (e.g. sends a file to its upload route
 * and puts the staged id in the form); a state it returns is shown instead of
 * calling the action.
 */
export function useFormAction(action: TFormAction, prepare?: (form: FormData) => Promise<TActionState | null>) {
  const [state, dispatch, pending] = useActionState(
    async (_prev: TActionState, form: FormData): Promise<TActionState> =>
      (await prepare?.(form)) ?? actionState(await action(form)),
    {},
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, pending };
}
