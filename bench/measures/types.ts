// The common shape of a bench measure: `npm run bench` sets each one up once,
// runs it once per run, and tears it down; a measure returns figures, each
// keyed as in the JSON results, with the goal it is held to when there is one.
import type { TDatabase } from "@/lib/db/client";
import type { TBenchDatabases } from "../support/postgres";
import type { TSimulatorProcess } from "../support/simulator-process";

export type TGoal = { text: string; met(value: number): boolean };

export type TFigure = {
  /** The key in bench/results/*.json, e.g. p1_changes_per_s. */
  key: string;
  label: string;
  unit: string;
  /** null: not measured (the measure explains why in its label). */
  value: number | null;
  goal?: TGoal;
};

export type TBenchOptions = {
  quick: boolean;
  runs: number;
  /** P1 feed sizes (changes) on PostgreSQL; the largest is P1's headline figure. */
  p1Sizes: number[];
  /** P2 backlog sizes (tickets) on PostgreSQL; the largest is P2's headline figure. */
  p2Sizes: number[];
  /** The largest size also measured on PGlite (embedded figures, no goals). */
  pgliteMax: number;
  /** P4's table sizes: tickets and transaction-log rows. */
  p4Rows: number;
  only: Set<string>;
};

export type TMeasureContext = {
  options: TBenchOptions;
  sim: TSimulatorProcess;
  databases: TBenchDatabases;
  /** 1-based run number. */
  run: number;
  progress(message: string): void;
  /** An embedded in-memory database, closed by the caller. */
  openPglite(): Promise<TDatabase>;
};

export type TMeasure = {
  id: string;
  title: string;
  setUp?(ctx: Omit<TMeasureContext, "run">): Promise<void>;
  run(ctx: TMeasureContext): Promise<TFigure[]>;
  tearDown?(): Promise<void>;
};

export const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000));
export const atLeast = (min: number, text = `≥ ${min.toLocaleString("en")}`): TGoal => ({
  text,
  met: (v) => v >= min,
});
export const below = (max: number, text = `< ${max.toLocaleString("en")}`): TGoal => ({ text, met: (v) => v < max });
export const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));
