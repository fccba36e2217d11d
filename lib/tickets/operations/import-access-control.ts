import { recordAudit } from "@/lib/audit/record-audit";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseAccessControlFile, type TLineError } from "./parse-access-control-file";

export type TAccessControlImport =
  { ok: true; controlled: number; alreadyControlled: number } | { ok: false; errors: TLineError[] };

const IMPORT_TRANSACTION = { timeout: 120_000, maxWait: 30_000 } as const;

/**
 * Access-control import: the gate's file is validated whole — every line's
 * ticket must be the organization's and PRINTED or already CONTROLLED — and
 * when any line is bad nothing is written and each bad line comes back with
 * its reason. PRINTED tickets become CONTROLLED at their gate time in one
 * statement; already CONTROLLED ones keep their first time, so importing the
 * same file twice changes nothing.
 */
export async function importAccessControl(
  prisma: TPrisma,
  user: TCurrentUser,
  file: { fileName: string; text: string },
): Promise<TAccessControlImport> {
  const now = new Date();
  const parsed = parseAccessControlFile(file.text, now);
  if (parsed.errors.length) return { ok: false, errors: parsed.errors };
  return prisma.$transaction(async (tx) => {
    const tickets = await tx.ticket.findMany({
      where: { organizationId: user.organizationId, taxNumber: { in: parsed.lines.map((l) => l.taxNumber) } },
      select: { id: true, taxNumber: true, status: true },
    });
    const byTaxNumber = new Map(tickets.map((t) => [t.taxNumber, t]));
    const errors: TLineError[] = [];
    const toControl: { id: number; controlledAt: Date }[] = [];
    for (const line of parsed.lines) {
      const ticket = byTaxNumber.get(line.taxNumber);
      if (!ticket) errors.push({ line: line.line, reason: `No ticket ${line.taxNumber} in your organization.` });
      else if (ticket.status === "PRINTED") toControl.push({ id: ticket.id, controlledAt: line.controlledAt });
      else if (ticket.status !== "CONTROLLED")
        errors.push({
          line: line.line,
          reason: `${line.taxNumber} is ${ticket.status}: only a PRINTED ticket can be controlled.`,
        });
    }
    if (errors.length) return { ok: false, errors };
    const note = `Access-control import ${file.fileName}`;
    // One statement for the whole file; the same columns as any status change (status-change.ts), with each line's time.
    const controlled =
      toControl.length === 0
        ? 0
        : await tx.$executeRawUnsafe(
            `UPDATE "Ticket" t SET status = 'CONTROLLED', "controlledAt" = (v.at::timestamptz AT TIME ZONE 'UTC'),
               "statusChangedAt" = $3::timestamptz AT TIME ZONE 'UTC', "statusChangedById" = $4, "statusNote" = $5,
               "stateVersion" = t."stateVersion" + 1, "pushPending" = true, "pushRejectedAt" = NULL,
               "updatedAt" = $3::timestamptz AT TIME ZONE 'UTC'
             FROM unnest($1::int[], $2::text[]) AS v(id, at)
             WHERE t.id = v.id AND t.status = 'PRINTED'`,
            toControl.map((t) => t.id),
            toControl.map((t) => t.controlledAt.toISOString()),
            now.toISOString(),
            user.id,
            note,
          );
    if (controlled !== toControl.length)
      throw new AppError(
        "CONFLICT",
        "Some tickets changed while the file was imported: nothing was written; import it again.",
      );
    await recordAudit(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      action: "ticket.access-control-import",
      entityType: "Ticket",
      entityId: file.fileName.slice(0, 200),
      summary: `${note}: ${controlled} ticket(s) CONTROLLED, ${parsed.lines.length - controlled} already controlled.`,
      changes: { fileName: file.fileName, lines: parsed.lines.length, controlled },
    });
    return { ok: true, controlled, alreadyControlled: parsed.lines.length - controlled };
  }, IMPORT_TRANSACTION);
}
