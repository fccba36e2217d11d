import { z } from "zod";
import { NotAllowedError } from "@/lib/auth/not-allowed-error";
import { RunRefusedError } from "@/lib/engine/start-execution";

/** What every form action answers: a message, or errors next to the fields. */
export type TActionState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
};

export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

/** Expected failures become a state the form shows; anything else is a bug and is thrown. */
export function failureState(error: unknown): TActionState {
  if (error instanceof z.ZodError) {
    const flat = z.flattenError(error);
    return {
      error: flat.formErrors[0] ?? "Some fields need attention.",
      fieldErrors: flat.fieldErrors as Record<string, string[]>,
    };
  }
  if (error instanceof ActionError) return { error: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof NotAllowedError || error instanceof RunRefusedError) return { error: error.message };
  throw error;
}

/** Form fields → plain object; repeated names become arrays. */
export function formObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}
