import type { TEngine } from "./engine";

/**
 * `npm start` asks Next to leave signals to us (NEXT_MANUAL_SIG_HANDLE): the
 * runs in hand end INTERRUPTED after their current page and release their
 * claims, the database closes, then the process exits (at most 30 s).
 */
export function stopEngineOnSignals(engine: TEngine, close: () => Promise<void>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      const forced = setTimeout(() => process.exit(1), 30_000);
      void engine
        .stop(signal)
        .then(close)
        .finally(() => {
          clearTimeout(forced);
          process.exit(0);
        });
    });
  }
}
