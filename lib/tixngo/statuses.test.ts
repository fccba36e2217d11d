import { describe, expect, it } from "vitest";
import { TixngoStatus } from "@/lib/generated/prisma/enums";
import { STATUS_FAMILIES, STATUS_LABELS, statusFamily } from "./statuses";

describe("TIXNGO statuses", () => {
  it("places each of the 19 statuses in exactly one family", () => {
    const all = Object.values(TixngoStatus);
    expect(all).toHaveLength(19);
    const listed = STATUS_FAMILIES.flatMap((f) => f.statuses);
    expect([...listed].sort()).toEqual([...all].sort());
    for (const status of all) expect(STATUS_LABELS[status]).toBeTruthy();
  });

  it("groups them as docs/ticket-states.md does", () => {
    expect(statusFamily("PENDING_TRANSFER")).toBe("TRANSFER");
    expect(statusFamily("BT_ACTIVATED")).toBe("ACTIVATION");
    expect(statusFamily("DELETION_PENDING")).toBe("DELETION");
    expect(statusFamily("CONTROLLED")).toBe("CONTROL");
    expect(statusFamily("ASSIGNED")).toBe("INITIAL_DELIVERY");
    expect(statusFamily("FAILURE")).toBe("TECHNICAL");
    expect(STATUS_FAMILIES.filter((f) => f.family !== "TECHNICAL")).toHaveLength(5);
  });
});
