import type { TFieldErrors, TUserError } from "@/lib/errors/app-error";

/** What a form shows after an action: a message, or errors next to the fields. */
export type TActionState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
};

/** What an action returns on success (its `data`). */
export type TActionData = { ok?: boolean; message?: string; error?: string } | undefined;

/** The shape every action of the door answers with (next-safe-action's result, narrowed to ours). */
export type TActionResult = {
  data?: TActionData;
  serverError?: TUserError;
  validationErrors?: { formErrors: string[]; fieldErrors: Partial<TFieldErrors> };
};

/** An action's result → what the form shows. Runs in the browser. */
export function actionState(result: TActionResult | undefined): TActionState {
  if (!result) return {};
  if (result.serverError) return { error: result.serverError.message, fieldErrors: result.serverError.fieldErrors };
  if (result.validationErrors) {
    const { formErrors, fieldErrors } = result.validationErrors;
    return { error: formErrors[0] ?? "Some fields need attention.", fieldErrors };
  }
  return result.data ?? {};
}
