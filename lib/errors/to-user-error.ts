import "server-only";
import { ActionBindArgsValidationError } from "next-safe-action";
import { z } from "zod";
import { logger } from "@/lib/log/logger";
import { AppError, INTERNAL_ERROR_MESSAGE, MALFORMED_REQUEST_MESSAGE, type TUserError } from "./app-error";

/** The one mapping from a thrown error to what the operator reads; bugs are logged, never shown. */
export function toUserError(error: unknown): TUserError {
  if (error instanceof AppError) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  // A bound argument is written by our pages, never typed by a person: a wrong one is a forged or stale request.
  if (error instanceof ActionBindArgsValidationError)
    return { code: "INVALID_INPUT", message: MALFORMED_REQUEST_MESSAGE };
  if (error instanceof z.ZodError) {
    const flat = z.flattenError(error);
    return {
      code: "INVALID_INPUT",
      message: "Some fields need attention.",
      fieldErrors: flat.fieldErrors as Record<string, string[]>,
    };
  }
  logger.error({ err: error }, "unexpected error behind an action or route handler");
  return { code: "INTERNAL", message: INTERNAL_ERROR_MESSAGE };
}
