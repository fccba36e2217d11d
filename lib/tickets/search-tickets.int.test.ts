import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { getTicket } from "./get-ticket";
import { searchTickets, ZTicketSearch } from "./search-tickets";

describe.each(DATABASE_KINDS)("ticket search on %s", (kind) => {
  let database: TDatabase;
  let lse: string;
  let gva: string;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await seedDemo(database.prisma, { now: new Date("2026-11-23T10:00:00Z") });
    lse = (await database.prisma.organization.findUniqueOrThrow({ where: { code: "LSE" } })).id;
    gva = (await database.prisma.organization.findUniqueOrThrow({ where: { code: "GVA" } })).id;
  });
  afterAll(async () => {
    await database.close();
  });

  it("pages through every ticket of the organization once, newest first, and none of another", async () => {
    const seen: number[] = [];
    let after: number | undefined;
    do {
      const page = await searchTickets(database.prisma, lse, { after }, 40);
      expect(page.rows.length).toBeLessThanOrEqual(40);
      seen.push(...page.rows.map((r) => r.id));
      after = page.nextAfter;
    } while (after);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await database.prisma.ticket.count({ where: { organizationId: lse } }));
  });

  it("finds by tax number prefix, by status, and by purchaser or cultural contact e-mail", async () => {
    const ticket = await database.prisma.ticket.findFirstOrThrow({
      where: { organizationId: lse, status: "CANCELLED" },
      include: { culturalContact: true, file: { include: { purchaser: true } } },
    });
    const byTax = await searchTickets(database.prisma, lse, { q: ticket.taxNumber.toLowerCase() });
    expect(byTax.rows.map((r) => r.taxNumber)).toEqual([ticket.taxNumber]);

    const cancelled = await searchTickets(database.prisma, lse, { status: "CANCELLED" }, 1000);
    expect(cancelled.rows.length).toBe(
      await database.prisma.ticket.count({ where: { organizationId: lse, status: "CANCELLED" } }),
    );
    expect(cancelled.rows.every((r) => r.status === "CANCELLED")).toBe(true);

    const email = ticket.file.purchaser.email!;
    const byEmail = await searchTickets(database.prisma, lse, { q: email.toUpperCase() }, 1000);
    expect(byEmail.rows.map((r) => r.id)).toContain(ticket.id);
    // The same e-mail searched from the other organization finds nothing of LSE.
    const elsewhere = await searchTickets(database.prisma, gva, { q: email }, 1000);
    expect(elsewhere.rows.some((r) => r.id === ticket.id)).toBe(false);
  });

  it("never returns another organization's ticket, in lists or by id", async () => {
    const foreign = await database.prisma.ticket.findFirstOrThrow({ where: { organizationId: gva } });
    const page = await searchTickets(database.prisma, lse, { q: foreign.taxNumber });
    expect(page.rows).toEqual([]);
    expect(await getTicket(database.prisma, lse, foreign.id)).toBeNull();
    expect((await getTicket(database.prisma, gva, foreign.id))?.taxNumber).toBe(foreign.taxNumber);
  });

  it("drops invalid query parameters instead of failing", () => {
    expect(ZTicketSearch.parse({ status: "NOPE", after: "-3", q: "x" })).toEqual({ q: "x" });
  });
});
