// The reliability suite's small variant, inside `npm test`: every row must pass.
import { expect, it } from "vitest";
import { loadRows } from "./rows";

const rows = await loadRows();

it.each(rows.map((row) => [row.id, row] as const))(
  "%s holds (small variant)",
  async (_id, row) => {
    const result = await row.run({ full: false });
    console.log(`${row.id}: ${result.shows}`);
    expect(result, result.shows).toMatchObject({ ok: true });
  },
  240_000,
);
