// Prisma CLI config. Only `prisma generate` is used: migrations are created and
// applied by scripts/db-migration.ts and lib/db/migrate.ts (no native engine offline).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
