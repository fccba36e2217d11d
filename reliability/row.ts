// One row of the reliability suite (`npm run test:reliability`); `npm test` runs each with full=false.
export type TReliabilityOptions = { full: boolean };
export type TReliabilityResult = { ok: boolean; shows: string; figures?: Record<string, number | string> };
export type TReliabilityRow = {
  id: string;
  test: string;
  mustShow: string;
  run(options: TReliabilityOptions): Promise<TReliabilityResult>;
};
