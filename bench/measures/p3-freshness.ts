// P3 freshness in continuous mode: how long a change made in TIXNGO takes to
// show in S-360 at 50 changes/s steady. The measurement itself lives in
// bench/p3-freshness.ts (continuous mode's own module, which exports
// measureFreshness); until it exists, P3 is reported as not measured yet.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { below, type TMeasure, type TMeasureContext } from "./types";

export type TFreshnessOptions = Pick<TMeasureContext, "sim" | "databases" | "progress"> & {
  quick: boolean;
  changesPerSecond: number;
};
export type TFreshness = { p95Ms: number; p50Ms: number; samples: number };
type TFreshnessModule = { measureFreshness(options: TFreshnessOptions): Promise<TFreshness> };

const MODULE = resolve(import.meta.dirname, "../p3-freshness.ts");

function isFreshnessModule(value: unknown): value is TFreshnessModule {
  return typeof value === "object" && value !== null && "measureFreshness" in value;
}

export const p3Freshness: TMeasure = {
  id: "P3",
  title: "freshness in continuous mode",
  async run({ options, sim, databases, progress }) {
    const goal = below(2000);
    if (!existsSync(MODULE))
      return [{ key: "p3_p95_ms", label: "P3 freshness p95 (not measured yet)", unit: "ms", value: null, goal }];
    const loaded: unknown = await import(MODULE);
    if (!isFreshnessModule(loaded)) throw new Error("bench/p3-freshness.ts does not export measureFreshness.");
    const result = await loaded.measureFreshness({
      sim,
      databases,
      progress,
      quick: options.quick,
      changesPerSecond: 50,
    });
    return [
      {
        key: "p3_p95_ms",
        label: `P3 freshness p95, 50 changes/s (${result.samples} samples)`,
        unit: "ms",
        value: result.p95Ms,
        goal,
      },
      { key: "p3_p50_ms", label: "P3 freshness p50", unit: "ms", value: result.p50Ms },
    ];
  },
};
