import type { NextConfig } from "next";
import { FIXED_SECURITY_HEADERS } from "./lib/security/headers";

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
  // The policy with its nonce is set per request by proxy.ts.
  headers: async () => [{ source: "/:path*", headers: FIXED_SECURITY_HEADERS }],
};

export default config;
