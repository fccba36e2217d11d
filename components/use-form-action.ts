"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { TActionState } from "@/lib/actions/action-state";

/**
 * A server action bound to a form's submit, keeping what the user typed:
 * React resets a form after its `action` runs, which would wipe every field
 * when the server answers with errors.
 */
export function useFormAction(action: (state: TActionState, form: FormData) => Promise<TActionState>) {
  const [state, dispatch, pending] = useActionState(action, {});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, pending };
}
