// At server start: the engine, so automatic schedules fire without waiting for
// a first request (embedded mode runs the jobs in this process).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getEngine } = await import("@/lib/engine/get-engine");
  await getEngine();
}
