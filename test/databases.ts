// Real databases for integration tests: an in-memory PGlite, or a fresh
// PostgreSQL database per call (dropped at the end), so runs never collide.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migratePostgres, openDatabase, type TDatabase } from "@/lib/db/client";

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export type TDatabaseKind = "pglite" | "postgres";
export const DATABASE_KINDS: TDatabaseKind[] = ["pglite", "postgres"];

export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `s360_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A migrated, empty database of the given kind; close() also drops PostgreSQL ones. */
export async function openTestDatabase(kind: TDatabaseKind): Promise<TDatabase> {
  if (kind === "pglite") return openDatabase({ kind: "pglite", dataDir: "memory://" });
  const created = await createPostgresDatabase();
  await migratePostgres(created.url);
  const database = await openDatabase({ kind: "postgres", url: created.url });
  return {
    ...database,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}
