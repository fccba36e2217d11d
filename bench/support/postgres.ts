// The bench's own databases on the shared PostgreSQL server: uniquely named,
// cloned from a seeded template per run (a file copy, so every run starts from
// the same state), all dropped at the end even when a measure fails.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migratePostgres } from "@/lib/db/client";

export type TBenchDatabases = {
  adminUrl: string;
  /** A new migrated database, or a copy of `template`. */
  create(template?: string): Promise<string>;
  drop(url: string): Promise<void>;
  dropAll(): Promise<void>;
};

export function benchDatabases(adminUrl: string): TBenchDatabases {
  const created = new Set<string>();
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const urlOf = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const nameOf = (url: string) => new URL(url).pathname.slice(1);
  return {
    adminUrl,
    async create(template) {
      const name = `s360_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
      created.add(name);
      await admin(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${nameOf(template)}"` : ""}`);
      const url = urlOf(name);
      if (!template) await migratePostgres(url);
      return url;
    },
    async drop(url) {
      await admin(`DROP DATABASE IF EXISTS "${nameOf(url)}" WITH (FORCE)`);
      created.delete(nameOf(url));
    },
    async dropAll() {
      for (const name of created) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      created.clear();
    },
  };
}

/** One statement on a database of its own connection (maintenance, EXPLAIN, the COPY floor). */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
