import path from "node:path";

export type TDatabaseConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/**
 * DATABASE_URL unset or `pglite:<dir>` → embedded PGlite in this process
 * (default ./data/pglite; `pglite:memory` for a throw-away database);
 * `postgres://…` / `postgresql://…` → PostgreSQL.
 */
export function databaseConfig(url = process.env.DATABASE_URL): TDatabaseConfig {
  const value = (url ?? "").trim();
  if (value === "") return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ "data/pglite") };
  if (value.startsWith("pglite:")) {
    const dir = value.slice("pglite:".length);
    if (dir === "memory") return { kind: "pglite", dataDir: "memory://" };
    return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ dir || "data/pglite") };
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: "postgres", url: value };
  throw new Error(`DATABASE_URL must be pglite:<dir> or postgres://…, got "${value.split(":")[0]}:…"`);
}
