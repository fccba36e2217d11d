// What a zod schema refuses, as a form shows it: the field (a dotted path),
// the message, and the code ("custom" for the rules written in this project).
import type { z } from "zod";

export function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ code: issue.code, path: issue.path.join("."), message: issue.message }));
}

/** One of this project's own refusals, next to the field at `path`. */
export const refused = (path: string, message: string) => ({ code: "custom", path, message });
