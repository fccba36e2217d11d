import { describe, expect, it } from "vitest";
import { TicketStatus } from "@/lib/generated/prisma/enums";
import { DEMO_ORGANIZATIONS, demoRows } from "./demo-data";

const NOW = new Date("2026-11-23T10:00:00Z");

describe("demo data", () => {
  it("is deterministic", () => {
    expect(demoRows(DEMO_ORGANIZATIONS[0]!, NOW, 0)).toEqual(demoRows(DEMO_ORGANIZATIONS[0]!, NOW, 0));
  });

  it("covers every S-360 status, the six product kinds and temporary contacts", () => {
    const rows = demoRows(DEMO_ORGANIZATIONS[0]!, NOW, 0);
    expect(new Set(rows.tickets.map((t) => t.status))).toEqual(new Set(Object.values(TicketStatus)));
    expect(new Set(rows.products.map((p) => p.kind))).toEqual(
      new Set(["EVENT", "MATCH", "OPEN_PASS", "SERVICE", "MEMBERSHIP_CARD", "SEASON_CARD"]),
    );
    expect(rows.contacts.some((c) => c.temporary && c.firstName === "Pending" && c.lastName === "CREATION")).toBe(true);
    expect(rows.tickets.length).toBeGreaterThan(200);
  });

  it("gives unique tax numbers across organizations", () => {
    const all = DEMO_ORGANIZATIONS.flatMap((org, i) => demoRows(org, NOW, i).tickets.map((t) => t.taxNumber));
    expect(new Set(all).size).toBe(all.length);
  });

  it("sets an invalidation reason exactly on invalidated and cancelled tickets", () => {
    for (const t of demoRows(DEMO_ORGANIZATIONS[1]!, NOW, 1).tickets) {
      const gone = t.status === "INVALIDATED" || t.status === "CANCELLED";
      expect(t.invalidationReason != null).toBe(gone);
    }
  });
});
