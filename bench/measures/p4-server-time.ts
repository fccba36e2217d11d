// P4 server time at 1,000,000 tickets and 1,000,000 log rows: search, lists,
// details, dashboard, with EXPLAIN checks. Not measured yet: it reports its
// keys as null so the results files keep their shape.
import { below, type TMeasure } from "./types";

export const p4ServerTime: TMeasure = {
  id: "P4",
  title: "server time",
  async run() {
    return [
      {
        key: "p4_search_p95_ms",
        label: "P4 ticket search p95 (not measured yet)",
        unit: "ms",
        value: null,
        goal: below(50),
      },
      {
        key: "p4_list_p95_ms",
        label: "P4 list pages p95 (not measured yet)",
        unit: "ms",
        value: null,
        goal: below(100),
      },
    ];
  },
};
