// The machine a bench ran on, recorded with every result.
import { readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

export type TMachine = {
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  postgres: string;
  pglite: string;
  loadAverage: number[];
};

export async function describeMachine(adminUrl: string): Promise<TMachine> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
  await client.end();
  const manifest = JSON.parse(readFileSync("node_modules/@electric-sql/pglite/package.json", "utf8")) as {
    version: string;
  };
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: rows[0]?.server_version ?? "unknown",
    pglite: manifest.version,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
