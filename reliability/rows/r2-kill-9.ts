// R2: R1's load, and the worker killed with SIGKILL at deterministic
// pseudo-random moments of its runs, a new worker started each time. The
// sweep ends the dead run (and its pg-boss job); the next run must start
// within 60 s of it and resume from the committed key.
import type { Execution } from "@/lib/generated/prisma/client";
import type { TReliabilityRow } from "../row";
import {
  executionStatus,
  fingerprint,
  keyBehindCommitted,
  leftovers,
  seeded,
  sleep,
  waitFor,
  waitForEnd,
} from "../harness";
import { feedDone, injectionDone, openLoadSide, runNow, runUntilConverged, type TLoadSide } from "../load";
import { FAULT_TIMEOUT_MS, TIXNGO_FAULTS } from "./r1-faulty-tixngo";

// Calls of 200 tickets and a little latency: runs last long enough to be hit.
const PARAMETERS = [{ key: "ticketIterationSize", value: "200" }];

export const row: TReliabilityRow = {
  id: "R2",
  test: "R1's load with the worker killed (SIGKILL) at pseudo-random moments of its runs, a new worker started each time",
  mustShow: "as R1; key never past committed data; nothing left RUNNING; next run starts within 60 s of the sweep",
  async run({ full }) {
    const size = full
      ? { tickets: 20_000, changes: 100_000, toInject: 20_000 }
      : { tickets: 1_000, changes: 5_000, toInject: 1_000 };
    const kills = full ? 10 : 2;
    const random = seeded(20261125);
    const sides: TLoadSide[] = [];
    try {
      process.env.TIXNGO_TIMEOUT_MS = String(FAULT_TIMEOUT_MS);
      const [clean, faulty] = await Promise.all([
        openLoadSide(size, { workers: 1, customParameters: PARAMETERS }),
        openLoadSide(size, { workers: 1, customParameters: PARAMETERS }),
      ]);
      sides.push(clean!, faulty!);
      await faulty!.sim.admin("faults", { endpoint: "*", ...TIXNGO_FAULTS, latencyMs: 150 });
      const cleanRuns = (async () => {
        await runUntilConverged(clean!, clean!.org.injectionScheduleId, injectionDone);
        await runUntilConverged(clean!, clean!.org.feedScheduleId, feedDone);
      })();

      const prisma = faulty!.db.database.prisma;
      const hits: { executionId: number; sweptAfterMs: number; nextStartedAfterMs: number }[] = [];
      let killsLeft = kills;
      let keyAlwaysBehind = true;
      let runs = 0;
      for (const [scheduleId, done] of [
        [faulty!.org.injectionScheduleId, injectionDone],
        [faulty!.org.feedScheduleId, feedDone],
      ] as const) {
        // After a kill, the run that follows the sweep is timed from the sweep.
        let sweptAt: Date | undefined;
        for (;;) {
          if (++runs > 40) throw new Error("more than 40 runs: no convergence");
          const id = await runNow(faulty!, scheduleId);
          const running = await waitFor(
            `execution #${id} to start`,
            async () => {
              const e = await executionStatus(prisma, id);
              return e.status !== "QUEUED" ? e : undefined;
            },
            90_000,
            50,
          );
          if (sweptAt) {
            hits[hits.length - 1]!.nextStartedAfterMs = running.startedAt!.getTime() - sweptAt.getTime();
            sweptAt = undefined;
          }
          // Kill the first runs of each phase (half the kills each), at a moment of the run.
          const phaseKills = scheduleId === faulty!.org.injectionScheduleId ? Math.ceil(kills / 2) : kills;
          if (killsLeft > 0 && kills - killsLeft < phaseKills) {
            await sleep(100 + random() * 1500);
            const worker = faulty!.workers[faulty!.workers.length - 1]!;
            worker.kill("SIGKILL");
            const killedAt = Date.now();
            await worker.exited;
            killsLeft--;
            const [ended] = await Promise.all([
              waitForEnd(prisma, id, 60_000),
              faulty!.addWorker(), // the operator (or the orchestrator) starts a new one
            ]);
            if (ended.status === "ERROR" && /stopped responding/.test(ended.message ?? "")) {
              hits.push({ executionId: id, sweptAfterMs: ended.endedAt!.getTime() - killedAt, nextStartedAfterMs: -1 });
              sweptAt = ended.endedAt!;
            }
            const key = await keyBehindCommitted(faulty!.db.url, faulty!.org.feedScheduleId);
            keyAlwaysBehind &&= key.ok;
            continue;
          }
          const ended: Execution = await waitForEnd(prisma, id, 300_000);
          keyAlwaysBehind &&= (await keyBehindCommitted(faulty!.db.url, faulty!.org.feedScheduleId)).ok;
          if (ended.status === "OK" && done(ended)) break;
        }
      }
      await cleanRuns;
      const [reference, measured] = await Promise.all([fingerprint(clean!.db.url), fingerprint(faulty!.db.url)]);
      const differing = Object.keys(reference).filter((k) => reference[k] !== measured[k]);
      const left = await leftovers(faulty!.db.url);
      const slowest = Math.max(0, ...hits.map((h) => h.nextStartedAfterMs));
      const ok =
        differing.length === 0 &&
        keyAlwaysBehind &&
        left.active === 0 &&
        left.claims === 0 &&
        hits.length > 0 &&
        hits.every((h) => h.nextStartedAfterMs >= 0 && h.nextStartedAfterMs < 60_000);
      return {
        ok,
        shows: `${kills} SIGKILLs, ${hits.length} mid-run (the others between runs); ${differing.length === 0 ? "database identical to the fault-free run" : `differs in ${differing.join(", ")}`}; key ${keyAlwaysBehind ? "never" : "once"} past committed data; ${left.active} left RUNNING/QUEUED, ${left.claims} claims; dead run swept after ${hits.map((h) => (h.sweptAfterMs / 1000).toFixed(1)).join("/")} s, next run started ${hits.map((h) => (h.nextStartedAfterMs / 1000).toFixed(1)).join("/")} s after the sweep`,
        figures: {
          kills,
          midRun: hits.length,
          runs,
          slowestNextStartS: Number((slowest / 1000).toFixed(1)),
          transactions: measured.transactions!,
          lost: Number(reference.transactions) - Number(measured.transactions),
        },
      };
    } finally {
      delete process.env.TIXNGO_TIMEOUT_MS;
      await Promise.all(sides.map((s) => s.close()));
    }
  },
};
