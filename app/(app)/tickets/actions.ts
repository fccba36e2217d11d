"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zForm, ZFormData } from "@/lib/actions/form-input";
import { authorized } from "@/lib/actions/safe-action";
import { ZSerialId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors/app-error";
import { cancelTickets, countCancellable, ZCancelSelection } from "@/lib/tickets/operations/cancel-tickets";
import { checkTicket } from "@/lib/tickets/operations/check-ticket";
import { importAccessControl } from "@/lib/tickets/operations/import-access-control";
import { invalidateTicket } from "@/lib/tickets/operations/invalidate-ticket";
import { ZOperationReason } from "@/lib/tickets/operations/status-change";

const ZReasonForm = zForm(z.object({ reason: ZOperationReason }));

/** Step one of a cancellation: how many tickets it would cancel, for the confirmation. */
export const previewCancelAction = authorized("operate")
  .bindArgsSchemas([ZCancelSelection])
  .action(async ({ bindArgsParsedInputs: [selection], ctx: { user, prisma } }) => {
    const { selected, cancellable } = await countCancellable(prisma, user.organizationId, selection);
    if (cancellable === 0)
      throw new AppError(
        "CONFLICT",
        "None of these tickets can be cancelled (only NOT_PRINTED, PRINTED or CONTROLLED ones).",
      );
    return {
      ok: true,
      expected: cancellable,
      message:
        cancellable === selected
          ? `${cancellable} ticket(s) will be cancelled.`
          : `${cancellable} of the ${selected} ticket(s) will be cancelled (the others are already cancelled or invalidated).`,
    };
  });

/** Step two: cancels exactly the confirmed count, or refuses when the selection changed since. */
export const cancelTicketsAction = authorized("operate")
  .bindArgsSchemas([ZCancelSelection, z.number().int().positive()])
  .inputSchema(ZReasonForm)
  .action(async ({ bindArgsParsedInputs: [selection, expected], parsedInput: { reason }, ctx: { user, prisma } }) => {
    const { cancelled } = await cancelTickets(prisma, user, { selection, reason, expected });
    revalidatePath("/tickets", "layout");
    return {
      ok: true,
      message: `${cancelled} ticket(s) cancelled. Push cancelled sends them to TIXNGO at its next run.`,
    };
  });

export const invalidateTicketAction = authorized("operate")
  .bindArgsSchemas([ZSerialId, z.enum(["REPRINT", "RESALE"])])
  .inputSchema(ZReasonForm)
  .action(async ({ bindArgsParsedInputs: [ticketId, kind], parsedInput: { reason }, ctx: { user, prisma } }) => {
    const { replacementTaxNumber } = await invalidateTicket(prisma, user, { ticketId, kind, reason });
    revalidatePath("/tickets", "layout");
    return {
      ok: true,
      message: replacementTaxNumber
        ? `Invalidated for reprint; ${replacementTaxNumber} replaces it.`
        : "Invalidated for resale.",
    };
  });

export const checkTicketAction = authorized("operate")
  .bindArgsSchemas([ZSerialId])
  .inputSchema(ZReasonForm)
  .action(async ({ bindArgsParsedInputs: [ticketId], parsedInput: { reason }, ctx: { user, prisma } }) => {
    await checkTicket(prisma, user, { ticketId, reason });
    revalidatePath("/tickets", "layout");
    return { ok: true, message: "Checked: CONTROLLED now. Push controlled sends it to TIXNGO at its next run." };
  });

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const importAccessControlAction = authorized("operate")
  .inputSchema(ZFormData)
  .action(async ({ parsedInput: form, ctx: { user, prisma } }) => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new AppError("INVALID_INPUT", "Choose the gate's export file.", { file: ["Choose a CSV or JSON file."] });
    if (file.size > MAX_IMPORT_BYTES)
      throw new AppError("INVALID_INPUT", "The file is over 5 MB.", { file: ["Over 5 MB: split the file."] });
    const result = await importAccessControl(prisma, user, { fileName: file.name, text: await file.text() });
    if (!result.ok)
      return {
        ok: false,
        error: `Nothing was imported: ${result.errors.length} line(s) to fix.`,
        lineErrors: result.errors,
      };
    revalidatePath("/tickets", "layout");
    return {
      ok: true,
      message: `${result.controlled} ticket(s) now CONTROLLED; ${result.alreadyControlled} already were.`,
    };
  });
