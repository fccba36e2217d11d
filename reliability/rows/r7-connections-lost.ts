// R7: the worker's database connections terminated inside a page, the
// database "restarted", and the simulator restarted, each in the middle of a
// retrieve-status run. The PostgreSQL server on this machine is shared, so
// its restart is simulated on the row's own database: every connection to it
// terminated (pg_terminate_backend) and new ones refused for a few seconds
// (ALTER DATABASE … ALLOW_CONNECTIONS false, then true).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TReliabilityRow } from "../row";
import { POSTGRES_ADMIN_URL } from "@/test/databases";
import { executionStatus, keyBehindCommitted, leftovers, sleep, sql, waitFor, waitForEnd } from "../harness";
import { feedDone, openLoadSide, runNow, runUntilConverged, type TLoadSide } from "../load";

type TScenario = { name: string; ended: string; reason: string; keyBehind: boolean; nextStartS: number };

export const row: TReliabilityRow = {
  id: "R7",
  test: "the worker's database connections terminated mid-page; PostgreSQL restarted (simulated on the row's own database: connections terminated, new ones refused for 5 s); the simulator restarted mid-run",
  mustShow: "run ends ERROR with the reason, nothing half-written, next run resumes and converges; no wedge",
  async run({ full }) {
    const size = full
      ? { tickets: 20_000, changes: 100_000, toInject: 0 }
      : { tickets: 2_000, changes: 25_000, toInject: 0 };
    const snapshotDir = mkdtempSync(path.join(tmpdir(), "s360-r7-"));
    let side: TLoadSide | undefined;
    try {
      side = await openLoadSide(size, { workers: 1, snapshotPath: path.join(snapshotDir, "sim.json") });
      const current = side;
      const prisma = current.db.database.prisma;
      const { name: dbName, url } = current.db;
      const terminateAll = () =>
        sql(
          POSTGRES_ADMIN_URL,
          `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [dbName],
        );
      const scenarios: TScenario[] = [];
      let previousEnd: Date | undefined;

      // Each scenario: a run, the fault once its first page is in, its end, and the checks.
      const scenario = async (name: string, fault: () => Promise<void>, waitForPage: boolean) => {
        await current.sim.admin("faults", { endpoint: "diff", latencyMs: 400 });
        const id = await waitFor(
          "a run to be accepted",
          async () => runNow(current, current.org.feedScheduleId).catch(() => undefined),
          60_000,
          500,
        );
        const started = await waitFor(
          `#${id} to start`,
          async () => {
            const e = await executionStatus(prisma, id);
            return e.status !== "QUEUED" ? e : undefined;
          },
          60_000,
          50,
        );
        const nextStartS = previousEnd ? (started.startedAt!.getTime() - previousEnd.getTime()) / 1000 : 0;
        if (waitForPage)
          await waitFor("a page", async () => (await executionStatus(prisma, id)).readCount > 0, 60_000, 50);
        await fault();
        const ended = await waitForEnd(prisma, id, 120_000);
        previousEnd = ended.endedAt!;
        const key = await keyBehindCommitted(url, current.org.feedScheduleId);
        scenarios.push({ name, ended: ended.status, reason: ended.message ?? "", keyBehind: key.ok, nextStartS });
      };

      await scenario(
        "connections terminated inside a page transaction",
        async () => {
          // Wait until the worker is writing a page, then cut every connection of the database.
          await waitFor(
            "a page being written",
            async () =>
              (
                await sql<{ n: string }>(
                  POSTGRES_ADMIN_URL,
                  `SELECT count(*)::text AS n FROM pg_stat_activity WHERE datname = $1 AND state IN ('active', 'idle in transaction') AND query ~ 'TicketTransaction|"Ticket"'`,
                  [dbName],
                )
              )[0]!.n !== "0",
            60_000,
            10,
          );
          await terminateAll();
        },
        false,
      );
      await scenario(
        "PostgreSQL restarted (connections cut, refused for 5 s)",
        async () => {
          await sql(POSTGRES_ADMIN_URL, `ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS false`);
          await terminateAll();
          await sleep(5000);
          await sql(POSTGRES_ADMIN_URL, `ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`);
        },
        true,
      );
      await scenario("the simulator restarted mid-run", () => current.sim.restart(1000), true);

      const rest = await runUntilConverged(current, current.org.feedScheduleId, feedDone);
      const [total] = await sql<{ n: string; distinct: string }>(
        url,
        `SELECT count(*)::text AS n, count(DISTINCT ("ticketId", sequence))::text AS distinct FROM "TicketTransaction"`,
      );
      const left = await leftovers(url);
      const databaseScenarios = scenarios.slice(0, 2);
      const ok =
        // The worker's own reason (the database error), not a sweep's guess.
        databaseScenarios.every((s) => s.ended === "ERROR" && /database error/.test(s.reason)) &&
        scenarios.every((s) => s.keyBehind && s.nextStartS < 60) &&
        Number(total!.n) === size.changes &&
        total!.n === total!.distinct &&
        left.active === 0 &&
        left.claims === 0;
      return {
        ok,
        shows: `${scenarios
          .map(
            (s) =>
              `${s.name}: ${s.ended} ("${s.reason.slice(0, 110)}"), key ${s.keyBehind ? "behind" : "AHEAD of"} committed data, run started ${s.nextStartS.toFixed(1)} s after the previous ended`,
          )
          .join(
            "; ",
          )}; then ${rest.length} run(s) converged on ${total!.n} of ${size.changes} changes, ${Number(total!.n) - Number(total!.distinct)} duplicated, ${left.active} left active, ${left.claims} claims`,
        figures: { changes: size.changes, convergingRuns: rest.length },
      };
    } finally {
      if (side) {
        await sql(POSTGRES_ADMIN_URL, `ALTER DATABASE "${side.db.name}" ALLOW_CONNECTIONS true`).catch(() => undefined);
        await side.close();
      }
      rmSync(snapshotDir, { recursive: true, force: true });
    }
  },
};
