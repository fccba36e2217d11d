"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zForm, ZFormFields } from "@/lib/actions/form-input";
import { authorized } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors/app-error";
import { getInterface } from "@/lib/interfaces/get-interface";
import { interfaceApiKey } from "@/lib/interfaces/interface-secret";
import { deleteInterface, saveInterface } from "@/lib/interfaces/save-interface";
import { previewTicketTemplate } from "@/lib/functions/ticket-injection/preview-ticket-template";
import { testConnection } from "@/lib/interfaces/test-connection";

export const saveInterfaceAction = authorized("administer")
  .inputSchema(ZFormFields)
  .action(async ({ parsedInput: raw, ctx: { user, prisma } }) => {
    await saveInterface(prisma, user, raw);
    revalidatePath("/interfaces");
    redirect("/interfaces?saved=1");
  });

export const deleteInterfaceAction = authorized("administer").action(async ({ ctx: { user, prisma } }) => {
  await deleteInterface(prisma, user);
  revalidatePath("/interfaces");
  redirect("/interfaces");
});

/** Calls TIXNGO with the stored key and says precisely what happened. */
export const testConnectionAction = authorized("administer").action(async ({ ctx: { user, prisma } }) => {
  const iface = await getInterface(prisma, user.organizationId);
  if (!iface) throw new AppError("NOT_FOUND", "There is no interface to test.");
  const report = await testConnection(iface.apiUrl, await interfaceApiKey(prisma, iface.id));
  return report.ok ? { ok: true, message: report.message } : { error: `${report.failure}: ${report.message}` };
});

const ZPreviewForm = zForm(
  z.object({ taxNumber: z.string("Enter a tax number.").trim().min(1, "Enter a tax number.").max(64) }),
);

/** The saved template applied to a real ticket: the exact payload, and what would break the contract. */
export const previewTemplateAction = authorized("administer")
  .inputSchema(ZPreviewForm)
  .action(async ({ parsedInput: { taxNumber }, ctx: { user, prisma } }) => {
    const result = await previewTicketTemplate(prisma, user.organizationId, taxNumber);
    if ("error" in result) throw new AppError("NOT_FOUND", result.error);
    return {
      ok: result.problems.length === 0,
      message: JSON.stringify(result.payload, null, 2),
      error: result.problems.length ? `TIXNGO would refuse it: ${result.problems.join("; ")}` : undefined,
    };
  });
