// The unit tests alone (pure code, no database, no network). `npm test` runs
// them as the "unit" project of vitest.config.ts; StrykerJS loads this file
// directly because its vitest runner cannot pick one project out of several.
import path from "node:path";
import { defineConfig } from "vitest/config";

export const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "test/server-only.ts"),
};
// Tests start simulators on loopback ports: the key may go there (lib/tixngo/destination.ts).
export const env = {
  APP_ENCRYPTION_KEY: "test-encryption-key",
  AUTH_SECRET: "test-auth-secret",
  LOG_LEVEL: "warn",
  TIXNGO_PRIVATE_HOSTS: "127.0.0.1",
};

export default defineConfig({
  resolve: { alias },
  test: {
    name: "unit",
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "simulator/**/*.test.ts"],
    exclude: ["**/*.int.test.ts", "node_modules/**"],
    env,
  },
});
