// The one module that owns the database connection and the Prisma client.
// PGlite lets a single process open a data directory, so the web server, the
// job runner and the migration step share this one instance.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseConfig, type TDatabaseConfig } from "./config";
import { applyMigrations, type TSqlSession } from "./migrate";

function createPrisma(adapter: SqlDriverAdapterFactory) {
  // The API key cipher is omitted by default so no query can leak it by
  // accident; lib/interfaces reads it explicitly where a call needs the key.
  return new PrismaClient({ adapter, omit: { interface: { apiKeyCipher: true } } });
}

export type TPrisma = ReturnType<typeof createPrisma>;
/** The client inside `prisma.$transaction(async (tx) => …)`. */
export type TTransaction = Parameters<Parameters<TPrisma["$transaction"]>[0]>[0];

export type TDatabase = {
  config: TDatabaseConfig;
  prisma: TPrisma;
  /** Set in embedded mode: pg-boss shares this instance. */
  pglite?: PGlite;
  close(): Promise<void>;
};

export function pgliteSession(client: PGlite): TSqlSession {
  return {
    async query<TRow>(sql: string, params?: unknown[]) {
      return (await client.query<TRow>(sql, params)).rows;
    },
    async exec(script: string) {
      await client.exec(script);
    },
  };
}

export function pgClientSession(client: pg.Client | pg.PoolClient): TSqlSession {
  return {
    async query<TRow>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as TRow[];
    },
    async exec(script: string) {
      // No parameters: the simple query protocol runs every statement of the script.
      await client.query(script);
    },
  };
}

/** Opens a database. Embedded mode applies pending migrations first. */
export async function openDatabase(config = databaseConfig()): Promise<TDatabase> {
  if (config.kind === "pglite") {
    const pglite = await PGlite.create(config.dataDir, { extensions: { pg_trgm } });
    await applyMigrations(pgliteSession(pglite));
    const prisma = createPrisma(new PrismaPGlite(pglite));
    return {
      config,
      prisma,
      pglite,
      async close() {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }
  const prisma = createPrisma(new PrismaPg({ connectionString: config.url }));
  return {
    config,
    prisma,
    async close() {
      await prisma.$disconnect();
    },
  };
}

/** Applies pending migrations to a PostgreSQL database (embedded mode does it on open). */
export async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations(pgClientSession(client));
  } finally {
    await client.end();
  }
}

// One instance per process, kept across Next.js dev reloads.
const globalForDb = globalThis as unknown as { __s360Db?: Promise<TDatabase> };

export function getDatabase(): Promise<TDatabase> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database is never opened during `next build`.");
  }
  globalForDb.__s360Db ??= openDatabase().catch((error: unknown) => {
    globalForDb.__s360Db = undefined;
    throw error;
  });
  return globalForDb.__s360Db;
}

/** The Prisma client of this process. */
export async function db(): Promise<TPrisma> {
  return (await getDatabase()).prisma;
}

/** Closes this process's database and forgets it (the next `db()` opens it again). */
export async function closeDatabase(): Promise<void> {
  const open = globalForDb.__s360Db;
  globalForDb.__s360Db = undefined;
  if (open) await (await open).close();
}
