"use server";

import { revalidatePath } from "next/cache";
import { failureState, formObject, type TActionState } from "@/lib/actions/action-state";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { saveTimeZones } from "@/lib/time/save-time-zones";

export async function saveTimeZonesAction(_prev: TActionState, form: FormData): Promise<TActionState> {
  try {
    const user = await requireUser("view");
    await saveTimeZones(await db(), user, formObject(form));
  } catch (error) {
    return failureState(error);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Saved: times are now shown and read in the chosen zone." };
}
