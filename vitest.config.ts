import { defineConfig } from "vitest/config";
import { alias, env } from "./vitest.unit.config.ts";

export default defineConfig({
  test: {
    projects: [
      "./vitest.unit.config.ts",
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          env,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file opens its own database; two at a time suits 2 cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
