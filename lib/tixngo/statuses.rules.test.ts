// What the status badges, filters and the guide read: each family labelled
// and explained in words, an unknown status refused rather than misfiled.
import { describe, expect, it } from "vitest";
import type { TixngoStatus } from "@/lib/generated/prisma/enums";
import { STATUS_FAMILIES, statusFamily } from "./statuses";

describe("status families", () => {
  it("each family has its own label and an explanation for operators", () => {
    expect(STATUS_FAMILIES.map((f) => f.label)).toEqual([
      "Initial delivery",
      "Transfer",
      "Activation",
      "Control",
      "Deletion",
      "Technical",
    ]);
    for (const family of STATUS_FAMILIES) expect(family.meaning.length, family.family).toBeGreaterThan(30);
    expect(new Set(STATUS_FAMILIES.map((f) => f.meaning)).size).toBe(STATUS_FAMILIES.length);
  });

  it("refuses a status it does not know", () => {
    expect(() => statusFamily("LOST" as TixngoStatus)).toThrow("Unknown TIXNGO status LOST");
  });
});
