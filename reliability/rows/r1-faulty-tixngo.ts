// R1: the same load twice, once against a healthy TIXNGO and once against one
// that fails ~20 % of the calls; the two databases must end identical.
import type { TReliabilityRow } from "../row";
import { fingerprint, leftovers, sql } from "../harness";
import { feedDone, injectionDone, openLoadSide, runUntilConverged, type TLoadSide } from "../load";

/** ~20 % of calls: 5xx, dropped connections, truncated JSON, calls left unanswered (time-outs); 429 bursts. */
export const TIXNGO_FAULTS = { errorRate: 0.06, dropRate: 0.04, malformedRate: 0.05, hangRate: 0.04 };
export const FAULT_TIMEOUT_MS = 3000;

export const row: TReliabilityRow = {
  id: "R1",
  test: "retrieve-status of many changes and a ticket injection while the simulator injects ~20 % faults (5xx, 429 + Retry-After, time-outs, dropped connections, malformed JSON)",
  mustShow:
    "final database identical to a fault-free run; 0 lost, 0 duplicated log or distribution rows; retries reported",
  async run({ full }) {
    const size = full
      ? { tickets: 20_000, changes: 100_000, toInject: 20_000 }
      : { tickets: 1_000, changes: 5_000, toInject: 1_000 };
    const sides: TLoadSide[] = [];
    try {
      process.env.TIXNGO_TIMEOUT_MS = String(FAULT_TIMEOUT_MS);
      const [clean, faulty] = await Promise.all([
        openLoadSide(size, { workers: 1 }),
        openLoadSide(size, { workers: 1 }),
      ]);
      sides.push(clean!, faulty!);
      await faulty!.sim.admin("faults", { endpoint: "*", ...TIXNGO_FAULTS });
      await faulty!.sim.admin("faults", { endpoint: "inject", burst429: { count: 3, retryAfterSeconds: 1 } });
      await faulty!.sim.admin("faults", { endpoint: "diff", burst429: { count: 3, retryAfterSeconds: 1 } });

      const runs = await Promise.all(
        [clean!, faulty!].map(async (side) => {
          const injection = await runUntilConverged(side, side.org.injectionScheduleId, injectionDone);
          const feed = await runUntilConverged(side, side.org.feedScheduleId, feedDone);
          return [...injection, ...feed];
        }),
      );
      const [reference, measured] = await Promise.all([fingerprint(clean!.db.url), fingerprint(faulty!.db.url)]);
      const [retries] = await sql<{ n: string; gaveUp: string }>(
        faulty!.db.url,
        `SELECT (SELECT count(*) FROM "ExecutionLog" WHERE message LIKE 'TIXNGO call failed (attempt %')::text AS n,
                (SELECT count(*) FROM "Execution" WHERE status = 'ERROR')::text AS "gaveUp"`,
      );
      const left = await leftovers(faulty!.db.url);
      // Memory follows the page, not the run: the worker's peak over the whole
      // load (an idle worker under tsx holds ~180 MB) is the same at 5k and 100k changes.
      const peakRssMb = Math.max(...[clean!, faulty!].flatMap((side) => side.workers.map((w) => w.peakRssMb())));
      const differing = Object.keys(reference).filter((k) => reference[k] !== measured[k]);
      const lost = Number(reference.transactions) - Number(measured.transactions);
      const duplicated = Number(measured.transactions) - Number(measured.distinctTransactions);
      const lostDistributions = Number(reference.distributions) - Number(measured.distributions);
      const ok =
        differing.length === 0 &&
        Number(reference.transactions) >= size.changes &&
        Number(retries!.n) > 0 &&
        left.active === 0 &&
        left.claims === 0;
      return {
        ok,
        shows: `${differing.length === 0 ? "identical" : `differs in ${differing.join(", ")}`}: ${measured.transactions} transaction-log rows (reference ${reference.transactions}), ${measured.distributions} distributions (reference ${reference.distributions}); lost ${lost}, duplicated ${duplicated}; ${retries!.n} retries logged, ${retries!.gaveUp} run(s) gave up and the next resumed (${runs[1]!.length} runs vs ${runs[0]!.length}); ${left.active} left active; worker peak RSS ${peakRssMb} MB`,
        figures: {
          changes: size.changes,
          injected: size.toInject,
          lost,
          duplicated,
          lostDistributions,
          retries: Number(retries!.n),
          runsFaulty: runs[1]!.length,
          runsClean: runs[0]!.length,
          peakRssMb,
        },
      };
    } finally {
      delete process.env.TIXNGO_TIMEOUT_MS;
      await Promise.all(sides.map((s) => s.close()));
    }
  },
};
