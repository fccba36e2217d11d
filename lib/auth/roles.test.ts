import { describe, expect, it } from "vitest";
import { can } from "./roles";

describe("roles", () => {
  it("lets viewers only view", () => {
    expect(can("VIEWER", "view")).toBe(true);
    expect(can("VIEWER", "operate")).toBe(false);
    expect(can("VIEWER", "administer")).toBe(false);
  });
  it("lets operators run schedules but not administer", () => {
    expect(can("OPERATOR", "operate")).toBe(true);
    expect(can("OPERATOR", "administer")).toBe(false);
  });
  it("lets admins do everything", () => {
    expect(can("ADMIN", "administer")).toBe(true);
    expect(can("ADMIN", "operate")).toBe(true);
  });
});
