// At server start: the engine, so automatic schedules fire without waiting for
// a first request (embedded mode runs the jobs in this process).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getEngine } = await import("@/lib/engine/get-engine");
  const engine = await getEngine();
  // `npm start` asks Next to leave signals to us: the runs in hand end
  // INTERRUPTED after their current page and release their claims, then exit.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { getDatabase } = await import("@/lib/db/client");
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        const forced = setTimeout(() => process.exit(1), 30_000);
        void engine
          .stop(signal)
          .then(async () => (await getDatabase()).close())
          .finally(() => {
            clearTimeout(forced);
            process.exit(0);
          });
      });
    }
  }
}
