"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failureState, formObject, type TActionState } from "@/lib/actions/action-state";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { interfaceApiKey } from "@/lib/interfaces/interface-secret";
import { deleteInterface, saveInterface } from "@/lib/interfaces/save-interface";
import { previewTicketTemplate } from "@/lib/functions/ticket-injection/preview-ticket-template";
import { testConnection } from "@/lib/interfaces/test-connection";

export async function saveInterfaceAction(_prev: TActionState, form: FormData): Promise<TActionState> {
  try {
    const user = await requireUser("administer");
    await saveInterface(await db(), user, formObject(form));
  } catch (error) {
    return failureState(error);
  }
  revalidatePath("/interfaces");
  redirect("/interfaces?saved=1");
}

export async function deleteInterfaceAction(): Promise<TActionState> {
  try {
    const user = await requireUser("administer");
    await deleteInterface(await db(), user);
  } catch (error) {
    return failureState(error);
  }
  revalidatePath("/interfaces");
  redirect("/interfaces");
}

/** Calls TIXNGO with the stored key and says precisely what happened. */
export async function testConnectionAction(): Promise<TActionState> {
  try {
    const user = await requireUser("administer");
    const prisma = await db();
    const iface = await prisma.interface.findUnique({ where: { organizationId: user.organizationId } });
    if (!iface) return { error: "There is no interface to test." };
    const report = await testConnection(iface.apiUrl, await interfaceApiKey(prisma, iface.id));
    return report.ok ? { ok: true, message: report.message } : { error: `${report.failure}: ${report.message}` };
  } catch (error) {
    return failureState(error);
  }
}

/** The saved template applied to a real ticket: the exact payload, and what would break the contract. */
export async function previewTemplateAction(_prev: TActionState, form: FormData): Promise<TActionState> {
  try {
    const user = await requireUser("administer");
    const result = await previewTicketTemplate(await db(), user.organizationId, String(form.get("taxNumber") ?? ""));
    if ("error" in result) return { error: result.error };
    return {
      ok: result.problems.length === 0,
      message: JSON.stringify(result.payload, null, 2),
      error: result.problems.length ? `TIXNGO would refuse it: ${result.problems.join("; ")}` : undefined,
    };
  } catch (error) {
    return failureState(error);
  }
}
