// R3: a storm of retrieve-status starts — Run now and automatic slots mixed,
// three organizations, several worker processes — against the rule of one
// retrieve-status at a time across all organizations.
import { fireDueSchedules } from "@/lib/engine/fire-due-schedules";
import { startEngine } from "@/lib/engine/engine";
import { RunRefusedError, startExecution } from "@/lib/engine/start-execution";
import type { TReliabilityRow } from "../row";
import {
  freshDatabase,
  leftovers,
  overlappingRuns,
  ROW_HEARTBEAT_MS,
  seeded,
  seedLoadOrganization,
  sleep,
  startSimProcess,
  startWorker,
  waitFor,
  type TWorker,
} from "../harness";

const ORGS = ["C1", "C2", "C3"];

export const row: TReliabilityRow = {
  id: "R3",
  test: "2 then 4 workers, concurrent starts of retrieve-status (Run now and automatic slots mixed), 3 organizations",
  mustShow:
    "0 overlapping runs (execution times and a database-side probe); every refusal or wait explained; every organization served",
  async run({ full }) {
    const phases = full ? [2, 4] : [2];
    const startsPerPhase = full ? 50 : 30;
    const random = seeded(7);
    const sim = await startSimProcess({ keys: ORGS.map((code) => [code, `key-${code.toLowerCase()}`]) });
    const db = await freshDatabase();
    const workers: TWorker[] = [];
    const web = await startEngine(db.database, { work: false, staleAfterMs: ROW_HEARTBEAT_MS * 6 });
    const prisma = db.database.prisma;
    let watching = true;
    let maxRunning = 0;
    try {
      const schedules: { organizationId: string; id: string; automatic: boolean }[] = [];
      for (const code of ORGS) {
        await sim.admin("bulk", { organizer: code, tickets: 200, changes: 2000, seed: 3, prefix: `${code}-` });
        const org = await seedLoadOrganization(prisma, {
          code,
          apiUrl: sim.apiUrl,
          apiKey: `key-${code.toLowerCase()}`,
          printed: 200,
          toInject: 0,
          prefix: `${code}-`,
        });
        // Small runs (one page of 100 changes), so the storm sees many of them.
        await prisma.schedule.update({ where: { id: org.feedScheduleId }, data: { settings: { batchSize: 100 } } });
        const automatic = await prisma.schedule.create({
          data: {
            organizationId: org.organizationId,
            interfaceId: (await prisma.interface.findFirstOrThrow({ where: { organizationId: org.organizationId } }))
              .id,
            function: "RETRIEVE_TICKET_STATUS",
            name: "Feedback every minute",
            launchMode: "AUTOMATIC",
            frequencyMinutes: 1,
            nextRunAt: new Date(Date.now() + 3_600_000),
            settings: { batchSize: 100 },
          },
        });
        schedules.push({ organizationId: org.organizationId, id: org.feedScheduleId, automatic: false });
        schedules.push({ organizationId: org.organizationId, id: automatic.id, automatic: true });
      }
      await sim.admin("faults", { endpoint: "diff", latencyMs: 150 });
      // The live probe: how many retrieve-status runs the database shows RUNNING at once.
      const watcher = (async () => {
        while (watching) {
          const running = await prisma.execution
            .count({ where: { function: "RETRIEVE_TICKET_STATUS", status: "RUNNING" } })
            .catch(() => 0);
          maxRunning = Math.max(maxRunning, running);
          await sleep(20);
        }
      })();

      const refusals = new Map<string, number>();
      let unexplained = 0;
      let accepted = 0;
      let automaticFired = 0;
      let automaticSkipped = 0;
      for (const workerCount of phases) {
        while (workers.length < workerCount) workers.push(await startWorker(db.url));
        for (let started = 0; started < startsPerPhase;) {
          // A burst of 3–5 starts at the same moment, one of each organization and
          // one or two more, manual and automatic mixed, in shuffled order.
          const pick = (organizationId?: string) => {
            const pool = schedules.filter((s) => !organizationId || s.organizationId === organizationId);
            return pool[Math.floor(random() * pool.length)]!;
          };
          const organizations = [...new Set(schedules.map((s) => s.organizationId))];
          const picks = [
            ...organizations.map((o) => pick(o)),
            ...Array.from({ length: Math.floor(random() * 3) }, () => pick()),
          ]
            .map((p) => ({ p, order: random() }))
            .sort((a, b) => a.order - b.order)
            .map(({ p }) => p)
            .slice(0, startsPerPhase - started);
          started += picks.length;
          const manual = picks.filter((p) => !p.automatic);
          const due = picks.filter((p) => p.automatic);
          if (due.length > 0)
            await prisma.schedule.updateMany({
              where: { id: { in: due.map((d) => d.id) } },
              data: { nextRunAt: new Date(Date.now() - 1000) },
            });
          const [manualResults, fired] = await Promise.all([
            Promise.allSettled(
              manual.map((p) =>
                startExecution(prisma, web.enqueue, {
                  organizationId: p.organizationId,
                  scheduleId: p.id,
                  trigger: "MANUAL",
                }),
              ),
            ),
            due.length > 0 ? fireDueSchedules(prisma, web.enqueue) : Promise.resolve([]),
          ]);
          automaticFired += fired.length;
          automaticSkipped += new Set(due.map((d) => d.id)).size - fired.length;
          for (const result of manualResults) {
            if (result.status === "fulfilled") accepted++;
            else if (result.reason instanceof RunRefusedError) {
              const reason = result.reason.message.includes("another organization's run")
                ? "another organization's run is active"
                : result.reason.message.includes("only one may be active")
                  ? "this schedule's previous run is active"
                  : result.reason.message.includes("already waiting for its turn")
                    ? "this schedule's previous run waits for its turn"
                    : result.reason.message.includes("same moment")
                      ? "another run was starting at the same moment"
                      : `other: ${result.reason.message}`;
              refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
              if (reason.startsWith("other")) unexplained++;
            } else unexplained++;
          }
          await sleep(300 + random() * 1500);
        }
      }
      await waitFor("every accepted run to end", async () => (await leftovers(db.url)).active === 0, 120_000, 200);
      watching = false;
      await watcher;
      const overlaps = await overlappingRuns(db.url);
      const executions = await prisma.execution.findMany({ select: { organizationId: true, status: true } });
      const served = new Set(executions.filter((e) => e.status === "OK").map((e) => e.organizationId)).size;
      // A SKIPPED slot is explained (its message says which run was still active or waiting).
      const notOk = executions.filter((e) => e.status !== "OK" && e.status !== "SKIPPED").length;
      const left = await leftovers(db.url);
      const ok =
        overlaps === 0 &&
        maxRunning <= 1 &&
        unexplained === 0 &&
        notOk === 0 &&
        served === ORGS.length &&
        left.claims === 0;
      const refusalText = [...refusals].map(([reason, n]) => `${n}× ${reason}`).join(", ");
      return {
        ok,
        shows: `${phases.map((n) => `${n} workers`).join(" then ")}, ${startsPerPhase * phases.length} starts: ${accepted} Run now accepted, ${automaticFired} automatic slots fired and ${automaticSkipped} skipped (a run was active); refusals: ${refusalText || "none"}; ${unexplained} unexplained; ${executions.length} runs, ${notOk} not OK; at most ${maxRunning} RUNNING at once, ${overlaps} overlapping pairs in the database; ${served} of ${ORGS.length} organizations served`,
        figures: { starts: startsPerPhase * phases.length, runs: executions.length, maxRunning, overlaps, served },
      };
    } finally {
      watching = false;
      for (const worker of workers) worker.kill("SIGKILL");
      await Promise.all(workers.map((w) => w.exited));
      await web.stop();
      await sim.stop();
      await db.drop();
    }
  },
};
