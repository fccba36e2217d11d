// The suite's rows: every reliability/rows/rN-<slug>.ts, in id order (R1, R2, …, R10).
import { readdirSync } from "node:fs";
import path from "node:path";
import type { TReliabilityRow } from "./row";

export async function loadRows(): Promise<TReliabilityRow[]> {
  const dir = path.join(import.meta.dirname, "rows");
  const files = readdirSync(dir).filter((name) => /^r\d+-[a-z0-9-]+\.ts$/.test(name));
  const rows: TReliabilityRow[] = [];
  for (const file of files) {
    const loaded = (await import(path.join(dir, file))) as { row: TReliabilityRow };
    rows.push(loaded.row);
  }
  const rank = (id: string) => Number(id.replace(/\D/g, ""));
  return rows.sort((a, b) => rank(a.id) - rank(b.id));
}
