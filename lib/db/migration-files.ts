import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type TMigrationFile = {
  name: string;
  sql: string;
  /** sha256 of migration.sql, as `prisma migrate deploy` records it. */
  checksum: string;
};

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
export const SCHEMA_PATH = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "schema.prisma");

/** The committed migrations, oldest first (directory names start with a timestamp). */
export function readMigrationFiles(dir = MIGRATIONS_DIR): TMigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}
