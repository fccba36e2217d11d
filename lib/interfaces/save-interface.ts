import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { encryptSecret, secretHint } from "@/lib/crypto/secret-box";
import type { TPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { originOf, ZInterfaceForm } from "./interface-schema";

/** Form fields → the interface's input; custom parameters come as parallel key/value lists. */
export function interfaceInput(raw: Record<string, unknown>) {
  const pairs = (a: unknown, b: unknown) => {
    const left = [a ?? []].flat().map(String);
    const right = [b ?? []].flat().map(String);
    return left
      .map((key, i) => [key, right[i] ?? ""] as const)
      .filter(([key, value]) => key.trim() !== "" || value.trim() !== "");
  };
  return {
    ...raw,
    customParameters: pairs(raw.paramKey, raw.paramValue).map(([key, value]) => ({ key, value })),
    ticketTemplate: pairs(raw.templateField, raw.templateValue).map(([field, value]) => ({ field, value })),
  };
}

/** Creates the organization's interface or updates it; the API key is encrypted and never echoed. */
export async function saveInterface(
  prisma: TPrisma,
  user: TCurrentUser,
  raw: Record<string, unknown>,
): Promise<{ id: string }> {
  const existing = await prisma.interface.findUnique({ where: { organizationId: user.organizationId } });
  const parsed = ZInterfaceForm.safeParse(interfaceInput(raw));
  // A new interface needs its key; reported with the other fields' errors.
  const keyTyped = typeof raw.apiKey === "string" && raw.apiKey.trim() !== "";
  // The stored key only goes where it was entered for: another origin needs it typed again.
  const originChanged = Boolean(
    existing && parsed.success && originOf(parsed.data.apiUrl) !== originOf(existing.apiUrl),
  );
  const keyMissing = (!existing || originChanged) && !keyTyped;
  if (!parsed.success || keyMissing) {
    const issues = parsed.error?.issues ?? [];
    const fields = { ...(z.flattenError(new z.ZodError(issues)).fieldErrors as Record<string, string[]>) };
    // Parameter and template rows report on their list as a whole, with their messages.
    for (const list of ["customParameters", "ticketTemplate"]) {
      const messages = issues.filter((i) => i.path[0] === list).map((i) => i.message);
      if (messages.length) fields[list] = messages;
    }
    if (keyMissing)
      fields.apiKey = [
        originChanged
          ? "The API URL now points to another address: enter the API key again (the stored key is only sent where it was entered for)."
          : "The API key is required.",
      ];
    throw new AppError("INVALID_INPUT", "Some fields need attention.", fields);
  }
  const input = parsed.data;
  const secret = input.apiKey
    ? { apiKeyCipher: encryptSecret(input.apiKey), apiKeyHint: secretHint(input.apiKey) }
    : {};
  const data = {
    name: input.name,
    type: input.type,
    apiUrl: input.apiUrl,
    username: input.username,
    failureEmails: input.failureEmails,
    customParameters: input.customParameters,
    // Only the template type carries a template.
    ticketTemplate: input.type === "TIXNGO_WITH_TEMPLATE" ? input.ticketTemplate : [],
  };
  try {
    return await prisma.$transaction(async (tx) => {
      const saved = existing
        ? await tx.interface.update({ where: { id: existing.id }, data: { ...data, ...secret } })
        : await tx.interface.create({
            data: {
              ...data,
              organizationId: user.organizationId,
              apiKeyCipher: secret.apiKeyCipher!,
              apiKeyHint: secret.apiKeyHint!,
            },
          });
      await recordAudit(tx, {
        organizationId: user.organizationId,
        userId: user.id,
        action: existing ? "interface.update" : "interface.create",
        entityType: "Interface",
        entityId: saved.id,
        summary: `${existing ? "Changed" : "Created"} TIXNGO interface "${saved.name}"${existing && input.apiKey ? " and replaced its API key" : ""}.`,
        // What changed, never the key: only whether it was replaced.
        changes: { ...data, apiKeyReplaced: Boolean(existing && input.apiKey) },
      });
      return { id: saved.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError(
        "CONFLICT",
        "Your organization already has its TIXNGO interface: one per organization (push cancelled and push controlled would not work with two). Edit it instead.",
      );
    }
    throw error;
  }
}

/** Deletes the interface unless schedules still use it. */
export async function deleteInterface(prisma: TPrisma, user: TCurrentUser): Promise<void> {
  const iface = await prisma.interface.findUnique({
    where: { organizationId: user.organizationId },
    include: { schedules: { select: { name: true } } },
  });
  if (!iface) throw new AppError("NOT_FOUND", "There is no interface to delete.");
  if (iface.schedules.length > 0) {
    throw new AppError(
      "CONFLICT",
      `Schedules still use this interface (${iface.schedules.map((s) => s.name).join(", ")}): delete them first.`,
    );
  }
  await prisma.$transaction(async (tx) => {
    await tx.interface.delete({ where: { id: iface.id } });
    await recordAudit(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      action: "interface.delete",
      entityType: "Interface",
      entityId: iface.id,
      summary: `Deleted TIXNGO interface "${iface.name}".`,
    });
  });
}
