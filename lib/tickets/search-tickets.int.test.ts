import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DATABASE_KINDS, openTestDatabase } from "@/test/databases";
import { getTicket } from "./get-ticket";
import { searchTickets, ticketFilter, ZTicketSearch } from "./search-tickets";
import { csvField, streamTicketsCsv } from "./stream-tickets-csv";

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

  it("pages back with the same rows, and says where each page stands in the total", async () => {
    const total = await database.prisma.ticket.count({ where: { organizationId: lse } });
    const first = await searchTickets(database.prisma, lse, {}, 40);
    const second = await searchTickets(database.prisma, lse, { after: first.nextAfter }, 40);
    expect([first.total, first.offset, second.offset]).toEqual([total, 0, 40]);
    expect(first.prevBefore).toBeUndefined();
    const back = await searchTickets(database.prisma, lse, { before: second.prevBefore }, 40);
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.offset).toBe(0);
    expect(back.prevBefore).toBeUndefined();
  });

  it("finds by a contact's name, by file number and by performance", async () => {
    const ticket = await database.prisma.ticket.findFirstOrThrow({
      where: { organizationId: lse, culturalContactId: { not: null }, performanceId: { not: null } },
      include: { culturalContact: true, file: true, performance: true },
    });
    const { firstName, lastName } = ticket.culturalContact!;
    const byName = await searchTickets(database.prisma, lse, { q: `${lastName.toLowerCase()} ${firstName}` }, 1000);
    expect(byName.rows.map((r) => r.id)).toContain(ticket.id);
    expect(byName.total).toBe(byName.rows.length);
    for (const row of byName.rows) {
      const names = await database.prisma.ticket.findUniqueOrThrow({
        where: { id: row.id },
        select: { culturalContact: true, file: { select: { purchaser: true } } },
      });
      const people = [names.culturalContact, names.file.purchaser].map((c) => `${c?.firstName} ${c?.lastName}`);
      expect(people.some((p) => p.includes(firstName) && p.includes(lastName))).toBe(true);
    }

    const byFile = await searchTickets(database.prisma, lse, { q: ticket.file.number.toLowerCase() }, 1000);
    expect(byFile.rows.map((r) => r.id).sort()).toEqual(
      (await database.prisma.ticket.findMany({ where: { fileId: ticket.fileId }, select: { id: true } }))
        .map((t) => t.id)
        .sort(),
    );

    const byPerformance = await searchTickets(database.prisma, lse, { performance: ticket.performance!.code }, 1000);
    expect(byPerformance.total).toBe(
      await database.prisma.ticket.count({ where: { performanceId: ticket.performanceId } }),
    );
    expect(byPerformance.rows.every((r) => r.performance?.code === ticket.performance!.code)).toBe(true);
    // Another organization's performance code filters nothing in.
    const foreign = await database.prisma.performance.findFirstOrThrow({ where: { organizationId: gva } });
    expect((await searchTickets(database.prisma, lse, { performance: foreign.code })).total).toBe(0);
  });

  it("exports the filter as CSV, every row once, quoted where needed", async () => {
    const where = await ticketFilter(database.prisma, lse, { status: "PRINTED" });
    const text = await new Response(streamTicketsCsv(database.prisma, where)).text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^tax_number,s360_status,/);
    expect(lines.length - 1).toBe(
      await database.prisma.ticket.count({ where: { organizationId: lse, status: "PRINTED" } }),
    );
    expect(lines.slice(1).every((l) => l.split(",")[1] === "PRINTED")).toBe(true);
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("=HYPERLINK()")).toBe("'=HYPERLINK()");
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
