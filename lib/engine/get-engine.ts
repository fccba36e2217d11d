import { getDatabase } from "@/lib/db/client";
import { startEngine, type TEngine } from "./engine";

const globalForEngine = globalThis as unknown as { __s360Engine?: Promise<TEngine> };

/**
 * This process's engine. Embedded mode runs the jobs here (one process owns
 * PGlite); on PostgreSQL web processes only queue unless ENGINE_WORK=1.
 */
export function getEngine(): Promise<TEngine> {
  globalForEngine.__s360Engine ??= getDatabase()
    .then((database) => startEngine(database, { work: Boolean(database.pglite) || process.env.ENGINE_WORK === "1" }))
    .catch((error: unknown) => {
      globalForEngine.__s360Engine = undefined;
      throw error;
    });
  return globalForEngine.__s360Engine;
}

/** Stops this process's engine if it was started, and forgets it. */
export async function stopEngine(): Promise<void> {
  const started = globalForEngine.__s360Engine;
  globalForEngine.__s360Engine = undefined;
  if (started) await (await started).stop();
}
