// At server start: the engine, so automatic schedules fire without waiting for
// a first request (embedded mode runs the jobs in this process).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getEngine } = await import("@/lib/engine/get-engine");
  const engine = await getEngine();
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const [{ stopEngineOnSignals }, { getDatabase }] = await Promise.all([
      import("@/lib/engine/stop-on-signals"),
      import("@/lib/db/client"),
    ]);
    stopEngineOnSignals(engine, async () => (await getDatabase()).close());
  }
}
