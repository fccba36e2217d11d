import type { TTransaction } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One audit line, written in the same transaction as the change it records. Never pass a secret in `changes`. */
export function recordAudit(
  tx: TTransaction,
  entry: {
    organizationId: string;
    /** Who did it; null for the system (a sign-in lockout, a command-line rotation). */
    userId: string | null;
    action: string;
    entityType: "Interface" | "Schedule" | "Execution" | "Organization" | "User" | "Ticket";
    entityId: string;
    summary: string;
    changes?: Prisma.InputJsonValue;
  },
) {
  return tx.auditLog.create({ data: entry });
}
