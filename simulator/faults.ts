// Misbehaviour on demand, per endpoint ("*" for all), switched at run time.
import { z } from "zod";

export const SIM_ENDPOINTS = [
  "events",
  "inject",
  "invalidate",
  "control",
  "diff",
  "privilege-definitions",
  "privileges",
] as const;
export type TSimEndpoint = (typeof SIM_ENDPOINTS)[number];

export const ZFaultRule = z
  .object({
    /** Added before answering. */
    latencyMs: z.number().int().min(0).max(120_000),
    /** Share of requests answered 500 (0..1). */
    errorRate: z.number().min(0).max(1),
    /** Every request answered with this status. */
    forceStatus: z.number().int().min(400).max(599),
    /** The next N requests get 429 with Retry-After. */
    burst429: z.object({ count: z.number().int().min(1), retryAfterSeconds: z.number().int().min(0).max(3600) }),
    /** Share of requests whose connection is dropped without an answer. */
    dropRate: z.number().min(0).max(1),
    /** Share of requests never answered (nor processed): the client times out. */
    hangRate: z.number().min(0).max(1),
    /** Share of answers with a truncated JSON body. */
    malformedRate: z.number().min(0).max(1),
    /** The body is sent in pieces over this many milliseconds. */
    slowBodyMs: z.number().int().min(0).max(120_000),
  })
  .partial()
  .strict();
export type TFaultRule = z.infer<typeof ZFaultRule>;

export const ZSetFaults = ZFaultRule.extend({ endpoint: z.enum([...SIM_ENDPOINTS, "*"]).default("*") });

export type TFaultDecision =
  | { kind: "drop" }
  | { kind: "hang" }
  | { kind: "status"; status: number; retryAfterSeconds?: number }
  | { kind: "pass"; malformed: boolean; slowBodyMs: number };

export class Faults {
  private rules = new Map<string, TFaultRule>();
  private burstLeft = new Map<string, number>();

  constructor(private readonly random: () => number = Math.random) {}

  set(endpoint: string, rule: TFaultRule): void {
    this.rules.set(endpoint, { ...this.rules.get(endpoint), ...rule });
    if (rule.burst429) this.burstLeft.set(endpoint, rule.burst429.count);
  }

  reset(): void {
    this.rules.clear();
    this.burstLeft.clear();
  }

  list(): Record<string, TFaultRule> {
    return Object.fromEntries(this.rules);
  }

  latencyFor(endpoint: TSimEndpoint): number {
    return (this.rules.get("*")?.latencyMs ?? 0) + (this.rules.get(endpoint)?.latencyMs ?? 0);
  }

  /** What to do with one request to `endpoint`; the endpoint's rule wins over "*". */
  decide(endpoint: TSimEndpoint): TFaultDecision {
    for (const scope of [endpoint, "*"]) {
      const rule = this.rules.get(scope);
      if (!rule) continue;
      if (rule.dropRate && this.random() < rule.dropRate) return { kind: "drop" };
      if (rule.hangRate && this.random() < rule.hangRate) return { kind: "hang" };
      const left = this.burstLeft.get(scope) ?? 0;
      if (rule.burst429 && left > 0) {
        this.burstLeft.set(scope, left - 1);
        return { kind: "status", status: 429, retryAfterSeconds: rule.burst429.retryAfterSeconds };
      }
      if (rule.forceStatus) return { kind: "status", status: rule.forceStatus };
      if (rule.errorRate && this.random() < rule.errorRate) return { kind: "status", status: 500 };
    }
    const own = this.rules.get(endpoint);
    const all = this.rules.get("*");
    const malformedRate = own?.malformedRate ?? all?.malformedRate ?? 0;
    return {
      kind: "pass",
      malformed: malformedRate > 0 && this.random() < malformedRate,
      slowBodyMs: own?.slowBodyMs ?? all?.slowBodyMs ?? 0,
    };
  }
}
