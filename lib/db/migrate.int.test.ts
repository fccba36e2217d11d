import { createHash } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "@/test/databases";
import { pgClientSession, pgliteSession } from "./client";
import { applyMigrations, MigrationError, type TSqlSession } from "./migrate";
import { readMigrationFiles, type TMigrationFile } from "./migration-files";

function migration(name: string, sql: string): TMigrationFile {
  return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
}

type TRecorded = { migration_name: string; checksum: string; finished_at: Date | null };

async function recorded(session: TSqlSession) {
  return session.query<TRecorded>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
  );
}

describe.each(["pglite", "postgres"] as const)("applyMigrations on %s", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  async function freshSession(): Promise<TSqlSession> {
    if (kind === "pglite") {
      const client = new PGlite({ extensions: { pg_trgm } });
      cleanups.push(() => client.close());
      return pgliteSession(client);
    }
    const db = await createPostgresDatabase();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    cleanups.push(async () => {
      await client.end();
      await db.drop();
    });
    return pgClientSession(client);
  }

  it("applies the committed migrations and records them as prisma migrate deploy does", async () => {
    const session = await freshSession();
    const files = readMigrationFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(await applyMigrations(session)).toEqual(files.map((f) => f.name));
    const rows = await recorded(session);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    // Up to date: a second run applies nothing.
    expect(await applyMigrations(session)).toEqual([]);
    const tables = await session.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Ticket'`,
    );
    expect(tables[0]!.n).toBe(1);
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const session = await freshSession();
    const good = migration("20260101000000_good", `CREATE TABLE "a" (id int);`);
    const bad = migration("20260102000000_bad", `CREATE TABLE "b" (id int);\nINSERT INTO "missing" VALUES (1);`);
    await expect(applyMigrations(session, [good, bad])).rejects.toThrow(
      /20260102000000_bad failed and was rolled back/,
    );
    expect((await recorded(session)).map((r) => r.migration_name)).toEqual(["20260101000000_good"]);
    const b = await session.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'b'`,
    );
    expect(b[0]!.n).toBe(0);
    // Fixed, it applies on the next start.
    const fixed = migration("20260102000000_bad", `CREATE TABLE "b" (id int);`);
    expect(await applyMigrations(session, [good, fixed])).toEqual(["20260102000000_bad"]);
  });

  it("refuses a migration edited after it was applied", async () => {
    const session = await freshSession();
    await applyMigrations(session, [migration("20260101000000_one", `CREATE TABLE "c" (id int);`)]);
    const edited = migration("20260101000000_one", `CREATE TABLE "c" (id bigint);`);
    await expect(applyMigrations(session, [edited])).rejects.toBeInstanceOf(MigrationError);
  });
});

describe("applyMigrations with two PostgreSQL processes starting at once", () => {
  it("applies each migration exactly once", async () => {
    const db = await createPostgresDatabase();
    const clients = [new pg.Client({ connectionString: db.url }), new pg.Client({ connectionString: db.url })];
    try {
      await Promise.all(clients.map((c) => c.connect()));
      const results = await Promise.all(clients.map((c) => applyMigrations(pgClientSession(c))));
      const names = readMigrationFiles().map((f) => f.name);
      // One applied everything, the other found nothing left to do.
      expect([...results].sort((a, b) => a.length - b.length)).toEqual([[], names]);
      const rows = await recorded(pgClientSession(clients[0]!));
      expect(rows).toHaveLength(names.length);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
      await db.drop();
    }
  });
});
