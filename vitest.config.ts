import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "test/server-only.ts"),
};
// Tests start simulators on loopback ports: the key may go there (lib/tixngo/destination.ts).
const env = {
  APP_ENCRYPTION_KEY: "test-encryption-key",
  AUTH_SECRET: "test-auth-secret",
  LOG_LEVEL: "warn",
  TIXNGO_PRIVATE_HOSTS: "127.0.0.1",
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "simulator/**/*.test.ts"],
          exclude: ["**/*.int.test.ts"],
          env,
        },
      },
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
