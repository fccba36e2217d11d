// Import boundaries (`npm run lint:deps`, run by `npm test` right after lint).
// Floors only go down: app → components → lib; lib never reaches up.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "lib-not-to-app-components-root",
      comment:
        "lib/ is the domain: it must not import screens (app/), React components (components/) or root files (auth.ts, proxy.ts, instrumentation.ts…). Put the shared piece in lib/ instead.",
      severity: "error",
      from: { path: "^lib/", pathNot: "\\.test\\.ts$" },
      to: { path: ["^app/", "^components/", "^[^/]+\\.(ts|tsx|mjs|cjs)$"] },
    },
    {
      name: "lib-not-to-client-components",
      comment: "lib/ never imports a React component (.tsx): client components cannot ride in server-side modules.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "\\.tsx$" },
    },
    {
      name: "functions-not-to-engine",
      comment:
        "A sync function implements the run contract (lib/functions/runner.ts) and never reaches into the engine that drives it (lib/engine/). Integration tests may drive a run through the engine.",
      severity: "error",
      from: { path: "^lib/functions/", pathNot: "\\.test\\.ts$" },
      to: { path: "^lib/engine/" },
    },
    {
      name: "no-cycle-between-lib-folders",
      comment:
        "lib/ folders form a graph without cycles: a folder that needs another's piece does not give it one back.",
      severity: "error",
      scope: "folder",
      // Known, and the only one: push-tickets/run.ts holds both push runners and imports their settings from
      // the two function folders that import it back. Remove this exception when each runner moves into its
      // own folder (push-tickets/ keeping the shared machinery) — after the push rework of issue #9 lands.
      from: { path: "^lib/", pathNot: "^lib/functions/push-(tickets|cancelled-tickets|controlled-tickets)$" },
      to: { circular: true },
    },
    {
      name: "no-module-cycle",
      comment:
        "No import cycle between modules (a type-only import is erased at build time and cannot cycle at run time).",
      severity: "error",
      from: { pathNot: "^node_modules" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^(node_modules|lib/generated|\\.next)/", "\\.test\\.ts$"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
