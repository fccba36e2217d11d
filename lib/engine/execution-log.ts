import type { TPrisma } from "@/lib/db/client";
import type { LogLevel } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log/logger";

export { logger };

const PINO_LEVEL = { DEBUG: "debug", INFO: "info", WARN: "warn", ERROR: "error" } as const;

/** Writes to the execution's log (shown on its page) and to the process log. */
export function executionLogger(prisma: TPrisma, executionId: number) {
  return async (level: LogLevel, message: string, data?: Record<string, unknown>) => {
    logger[PINO_LEVEL[level]]({ executionId, ...data }, message);
    await prisma.executionLog.create({
      data: { executionId, level, message, data: data === undefined ? undefined : JSON.parse(JSON.stringify(data)) },
    });
  };
}
