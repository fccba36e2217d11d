import { z } from "zod";

// Shapes of the keys an action or a URL may name. A key of the right shape
// that is not the caller's organization's is still "not found" further on.

/** A Prisma `cuid()` primary key (schedules, interfaces, users…): "c" and 24 lowercase letters or digits. */
export const ZCuid = z.string().regex(/^c[a-z0-9]{24}$/, "Not a valid identifier.");

/** A text primary key that may come from the demo seed (`org_lse_user_admin`) as well as from `cuid()`. */
export const ZTextId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid identifier.");

/** An autoincrement `Int` primary key (executions, tickets), as a number: PostgreSQL's int4 range, no coercion. */
export const ZSerialId = z.number().int().positive().max(2_147_483_647);

/** The same key written in a URL segment or a query string. */
export const ZSerialIdText = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(ZSerialId);

/** A keyset cursor from a query string: a serial id, or nothing when it is not one ("1.5", "abc", 2**40). */
export const ZCursorText = ZSerialIdText.optional().catch(undefined);

/** Free text typed in a search box: without NUL (PostgreSQL cannot compare it), at most 200 characters. */
export const ZSearchText = z
  .string()
  .transform((value) => value.replaceAll("\u0000", "").trim())
  .pipe(z.string().max(200))
  .optional()
  .catch(undefined);
