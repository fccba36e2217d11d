// Applies the committed prisma/migrations in order, recording them in
// `_prisma_migrations` exactly as `prisma migrate deploy` does, without the
// native engine. Each migration runs in one transaction with its record, so a
// failure leaves nothing half-applied; an advisory lock (Prisma's own number)
// makes two processes starting at once apply each migration once.
import { randomUUID } from "node:crypto";
import { readMigrationFiles, type TMigrationFile } from "./migration-files";

/** One database session (the advisory lock belongs to it). */
export type TSqlSession = {
  query<TRow>(sql: string, params?: unknown[]): Promise<TRow[]>;
  /** Runs a multi-statement script. */
  exec(script: string): Promise<void>;
};

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type TAppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Returns the names of the migrations it applied (empty when up to date). */
export async function applyMigrations(
  session: TSqlSession,
  migrations: TMigrationFile[] = readMigrationFiles(),
): Promise<string[]> {
  await session.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.query<TAppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and blocks the others; resolve it first.`,
        failed.migration_name,
      );
    }
    const applied = new Map(
      rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row.checksum]),
    );
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was edited after it was applied; create a new migration instead.`,
            migration.name,
          );
        }
        continue;
      }
      await session.exec("BEGIN");
      try {
        await session.exec(migration.sql);
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await session.exec("COMMIT");
      } catch (error) {
        await session.exec("ROLLBACK");
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`, migration.name);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
  }
}
