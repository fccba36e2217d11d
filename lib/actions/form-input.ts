import { z } from "zod";
import { withoutNul } from "@/lib/security/text";

/** Form fields → plain object; repeated names become arrays, files are left to the schema that wants them. */
export function formObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    // NUL cannot be stored by PostgreSQL: it is dropped here rather than failing the write.
    const values = form
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .map(withoutNul);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/** A submitted form, as the door receives it. */
export const ZFormData = z.instanceof(FormData, { message: "This request was not a form submission." });

/** A form's text fields as a record, for operations that validate them with their own (context-dependent) schema. */
export const ZFormFields = ZFormData.transform(formObject);

/** One form, parsed with a fixed schema: field errors come back next to their fields. */
export function zForm<TSchema extends z.ZodType>(schema: TSchema) {
  return z.preprocess((value) => (value instanceof FormData ? formObject(value) : value), schema);
}
