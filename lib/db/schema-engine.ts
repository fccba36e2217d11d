// Prisma's schema engine compiled to Wasm, driven by hand: the CLI would try to
// download the native engine, which cannot happen offline (see STACK.md).
// Used to create migrations and to detect drift; never at app run time.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { DiffTarget } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, readMigrationFiles, SCHEMA_PATH } from "./migration-files";

// pglite-prisma-adapter's executeScript does not await exec(), so a failing
// script would look applied: make it await.
function awaitingScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  return adapter;
}

/** In-memory PGlite for both the main and the shadow database: no data is ever touched. */
class InMemoryPgliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-in-memory";
  private readonly opened: PGlite[] = [];

  private async open(): Promise<SqlDriverAdapter> {
    const client = new PGlite({ extensions: { pg_trgm } });
    this.opened.push(client);
    return awaitingScripts(await new PrismaPGlite(client).connect(), client);
  }
  connect() {
    return this.open();
  }
  connectToShadowDb() {
    return this.open();
  }
  async close() {
    await Promise.all(this.opened.map((client) => client.close()));
  }
}

/**
 * The SQL that takes the committed migrations to the current schema.prisma
 * (empty when they agree).
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const { SchemaEngine } = await import("@prisma/schema-engine-wasm");
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const factory = new InMemoryPgliteFactory();
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    const migrations = readMigrationFiles();
    const from: DiffTarget =
      migrations.length === 0
        ? { tag: "empty" }
        : {
            tag: "migrations",
            baseDir: MIGRATIONS_DIR,
            lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
            shadowDbInitScript: "",
            migrationDirectories: migrations.map((m) => ({
              path: m.name,
              migrationFile: {
                path: path.join(m.name, "migration.sql"),
                content: { tag: "ok", value: m.sql },
              },
            })),
          };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? "";
    return isEmptyDiff(sql) ? "" : sql;
  } finally {
    engine.free();
    await factory.close();
  }
}

function isEmptyDiff(sql: string): boolean {
  return sql.trim() === "" || sql.includes("This is an empty migration.");
}
