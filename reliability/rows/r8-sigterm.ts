// R8: SIGTERM to a worker in the middle of a multi-page retrieve-status. The
// worker stops taking jobs, lets the page in hand commit, ends the run
// INTERRUPTED with its reason, releases the claim and exits; the next run
// resumes from the committed key.
import type { TReliabilityRow } from "../row";
import { executionStatus, keyBehindCommitted, keySequence, leftovers, sql, waitFor, waitForEnd } from "../harness";
import { feedDone, openLoadSide, runNow, runUntilConverged, type TLoadSide } from "../load";

export const row: TReliabilityRow = {
  id: "R8",
  test: "SIGTERM to a worker mid-run (retrieve-status, after its first page)",
  mustShow: "run ends INTERRUPTED within 15 s with its reason, claim released, next run resumes",
  async run({ full }) {
    const size = full
      ? { tickets: 20_000, changes: 100_000, toInject: 0 }
      : { tickets: 2_000, changes: 15_000, toInject: 0 };
    let side: TLoadSide | undefined;
    try {
      side = await openLoadSide(size, { workers: 1 });
      // Each page of 10,000 takes a second longer to come: the run is several pages long.
      await side.sim.admin("faults", { endpoint: "diff", latencyMs: 1000 });
      const prisma = side.db.database.prisma;
      const id = await runNow(side, side.org.feedScheduleId);
      await waitFor(
        "the first page to commit",
        async () => (await executionStatus(prisma, id)).readCount > 0,
        60_000,
        50,
      );
      const worker = side.workers[0]!;
      const termAt = Date.now();
      worker.kill("SIGTERM");
      const interrupted = await waitForEnd(prisma, id, 30_000);
      const endedWithinMs = interrupted.endedAt!.getTime() - termAt;
      const exitCode = await worker.exited;
      const exitedWithinMs = Date.now() - termAt;
      const claimsAfter = (await leftovers(side.db.url)).claims;
      const key = await keyBehindCommitted(side.db.url, side.org.feedScheduleId);
      const [reason] = await sql<{ message: string }>(
        side.db.url,
        `SELECT message FROM "ExecutionLog" WHERE "executionId" = $1 AND message LIKE 'Ended %' ORDER BY id DESC LIMIT 1`,
        [id],
      );

      await side.addWorker();
      const [next, ...rest] = await runUntilConverged(side, side.org.feedScheduleId, feedDone);
      const [total] = await sql<{ n: string }>(side.db.url, `SELECT count(*)::text AS n FROM "TicketTransaction"`);
      const resumedFromKey = next!.paginationKeyBefore === interrupted.paginationKeyAfter;
      const ok =
        interrupted.status === "INTERRUPTED" &&
        /worker stopped \(SIGTERM\)/.test(interrupted.message ?? "") &&
        reason?.message.startsWith("Ended INTERRUPTED") === true &&
        endedWithinMs <= 15_000 &&
        exitCode === 0 &&
        claimsAfter === 0 &&
        key.ok &&
        resumedFromKey &&
        Number(total!.n) === size.changes;
      return {
        ok,
        shows: `ended ${interrupted.status} ${(endedWithinMs / 1000).toFixed(1)} s after SIGTERM ("${interrupted.message}"), worker exited ${exitCode} after ${(exitedWithinMs / 1000).toFixed(1)} s, ${claimsAfter} claim left; ${interrupted.readCount} changes committed, key at ${keySequence(interrupted.paginationKeyAfter)} (${key.ok ? "behind" : "AHEAD of"} committed data); next run ${resumedFromKey ? "resumed from that key" : "did NOT resume from that key"} and ${1 + rest.length} run(s) converged on ${total!.n} of ${size.changes} changes`,
        figures: {
          endedAfterSigtermS: Number((endedWithinMs / 1000).toFixed(1)),
          exitCode: exitCode ?? "signal",
          committedBeforeStop: interrupted.readCount,
        },
      };
    } finally {
      await side?.close();
    }
  },
};
