import type { NextConfig } from "next";

const config: NextConfig = {
  // PGlite (Wasm + data files), pg and pg-boss run as plain Node modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg",
    "@prisma/adapter-pg",
    "pg-boss",
    "pino",
    "bcryptjs",
  ],
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  experimental: { authInterrupts: true },
};

export default config;
