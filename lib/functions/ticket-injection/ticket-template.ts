// TIXNGO_WITH_TEMPLATE: per-field overrides of the injected ticket payload,
// with ${...} placeholders filled from the ticket, its performance, product,
// site and contact. Unknown fields and placeholders are refused when saved.
import { z } from "zod";
import type { TInjectionRow } from "@/lib/functions/ticket-injection/payload";
import { beneficiaryOf } from "@/lib/functions/ticket-injection/payload";
import { ZTicket, type TTicketInput } from "@/lib/tixngo/contract";

/** Payload fields a template may override (dotted paths into the ticket payload). */
export const TEMPLATE_FIELDS = [
  "event.id",
  "purchaseDetails.category",
  "purchaseDetails.tariffId",
  "purchaseDetails.seatCategoryId",
  "security.barcode",
  "spectatorDetails.title",
  "spectatorDetails.firstName",
  "spectatorDetails.lastName",
  "spectatorDetails.email",
  "spectatorDetails.language",
  "seatingDetails.gate",
  "seatingDetails.block",
  "seatingDetails.row",
  "seatingDetails.seat",
  "seatingDetails.entrance",
  "seatingDetails.info",
] as const;

type TPlaceholderSource = (row: TInjectionRow) => string | null | undefined;

export const PLACEHOLDERS: Record<string, TPlaceholderSource> = {
  "ticket.taxNumber": (r) => r.taxNumber,
  "ticket.barcode": (r) => r.barcode,
  "ticket.gate": (r) => r.gate,
  "ticket.block": (r) => r.block,
  "ticket.row": (r) => r.row,
  "ticket.seat": (r) => r.seat,
  "ticket.tariffCode": (r) => r.tariff?.code,
  "ticket.tariffName": (r) => r.tariff?.name,
  "ticket.seatCategoryCode": (r) => r.seatCategory?.code,
  "ticket.seatCategoryName": (r) => r.seatCategory?.name,
  "performance.code": (r) => r.performance?.code,
  "performance.name": (r) => r.performance?.name,
  "performance.date": (r) => r.performance?.startsAt.toISOString().slice(0, 10),
  "product.code": (r) => r.product.code,
  "product.name": (r) => r.product.name,
  "product.family": (r) => r.product.family,
  "site.name": (r) => r.performance?.site.name,
  "site.city": (r) => r.performance?.site.city,
  "contact.firstName": (r) => beneficiaryOf(r).firstName,
  "contact.lastName": (r) => beneficiaryOf(r).lastName,
  "contact.email": (r) => beneficiaryOf(r).email,
  "file.number": (r) => r.file.number,
};

const PLACEHOLDER = /\$\{([^}]*)\}/g;

export const ZTemplateRow = z.object({
  field: z.enum(TEMPLATE_FIELDS, {
    error: (issue) => `Unknown payload field ${String(issue.input)}: use one of ${TEMPLATE_FIELDS.join(", ")}.`,
  }),
  value: z
    .string()
    .max(512, "A template value is at most 512 characters.")
    .superRefine((value, ctx) => {
      const unknown = [...value.matchAll(PLACEHOLDER)]
        .map((m) => m[1]!)
        .filter((name) => !Object.hasOwn(PLACEHOLDERS, name));
      if (unknown.length > 0)
        ctx.addIssue({
          code: "custom",
          message: `Unknown placeholder(s): ${unknown.map((u) => `\${${u}}`).join(", ")}.`,
        });
    }),
});
export const ZTicketTemplate = z.array(ZTemplateRow).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.field))
      ctx.addIssue({ code: "custom", path: [i, "field"], message: `${row.field} is overridden twice.` });
    seen.add(row.field);
  });
});
export type TTicketTemplate = z.infer<typeof ZTicketTemplate>;

export function renderTemplateValue(value: string, row: TInjectionRow): string {
  // Own keys only: `${constructor}` or `${__proto__}` must not reach Object.prototype.
  return value.replace(PLACEHOLDER, (_, name: string) =>
    Object.hasOwn(PLACEHOLDERS, name) ? (PLACEHOLDERS[name]?.(row) ?? "") : "",
  );
}

/** The payload with the template's overrides applied; an empty result removes an optional field. */
export function applyTemplate(payload: TTicketInput, template: TTicketTemplate, row: TInjectionRow): TTicketInput {
  if (template.length === 0) return payload; // the common case: no copy per ticket
  const result = structuredClone(payload) as unknown as Record<string, Record<string, unknown> | undefined>;
  for (const { field, value } of template) {
    const [group, key] = field.split(".") as [string, string];
    const rendered = renderTemplateValue(value, row);
    const target = (result[group] ??= {});
    if (rendered === "") delete target[key];
    else target[key] = rendered;
  }
  return result as unknown as TTicketInput;
}

/** A template applied to a real ticket, checked against the contract, for the preview. */
export function previewTemplate(payload: TTicketInput, template: TTicketTemplate, row: TInjectionRow) {
  const rendered = applyTemplate(payload, template, row);
  const check = ZTicket.safeParse(rendered);
  return {
    payload: rendered,
    problems: check.success ? [] : check.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
  };
}
