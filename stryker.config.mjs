// Mutation testing of the pure cores (`npm run test:mutation`): StrykerJS
// changes one operator, condition or literal at a time in these files and
// runs the unit tests; a mutant that no test notices is a rule no test proves.
// The run fails below `break`. Report: reports/mutation/index.html.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.unit.config.ts", related: true },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "lib/functions/*/plan.ts",
    "lib/functions/*/payload.ts",
    "lib/functions/*/distribution.ts",
    "lib/functions/*/replay-file.ts",
    "lib/functions/*/settings.ts",
    "lib/functions/common/settings-fields.ts",
    "lib/functions/parameters.ts",
    "lib/schedules/settings.ts",
    "lib/schedules/next-run.ts",
    "lib/tixngo/statuses.ts",
  ],
  coverageAnalysis: "perTest",
  // 2 cores shared by the whole suite.
  concurrency: 2,
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
export default config;
