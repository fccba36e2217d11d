/**
 * The one error type for expected failures: what the operator did or asked
 * that the application refuses. Its message is already worded for them; the
 * door (server actions, route handlers) maps it once to a form state or a
 * JSON answer. Anything that is not an AppError is a bug: logged, and shown
 * as a generic message, never as a stack trace.
 */
export type TErrorCode =
  | "UNAUTHENTICATED" // no session, or the account was disabled
  | "FORBIDDEN" // the role is too low
  | "NOT_FOUND" // absent, or in another organization (never say which)
  | "INVALID_INPUT" // a field or an argument is wrong; fieldErrors say where
  | "CONFLICT"; // the data's state refuses it now (an active run, a used interface)

export type TFieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly fieldErrors?: TFieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** What crosses to the browser: JSON-serialisable, no stack. */
export type TUserError = { code: TErrorCode | "INTERNAL"; message: string; fieldErrors?: TFieldErrors };

export const HTTP_STATUS: Record<TUserError["code"], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  INTERNAL: 500,
};

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side; it was logged. Try again in a moment.";
export const MALFORMED_REQUEST_MESSAGE = "This request was malformed: reload the page and try again.";
