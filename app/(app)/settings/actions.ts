"use server";

import { revalidatePath } from "next/cache";
import { zForm } from "@/lib/actions/form-input";
import { authorized } from "@/lib/actions/safe-action";
import { saveTimeZones, ZTimeZones } from "@/lib/time/save-time-zones";

export const saveTimeZonesAction = authorized("view")
  .inputSchema(zForm(ZTimeZones))
  .action(async ({ parsedInput, ctx: { user, prisma } }) => {
    await saveTimeZones(prisma, user, parsedInput);
    revalidatePath("/", "layout");
    return { ok: true, message: "Saved: times are now shown and read in the chosen zone." };
  });
