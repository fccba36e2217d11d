// The searches' predicates are served by indexes, on PostgreSQL: EXPLAIN with
// sequential scans priced out shows which index answers each one. (On the demo's
// few rows the planner would rightly pick a scan; at 1,000,000 tickets it must not have to.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase } from "@/test/databases";

describe("search query plans on PostgreSQL", () => {
  let database: TDatabase;
  beforeAll(async () => {
    database = await openTestDatabase("postgres");
    // 20,000 contacts of one organization, so the planner's statistics look like a real installation's.
    await database.prisma.$executeRawUnsafe(
      `INSERT INTO "Organization" (id, code, name) VALUES ('org', 'ORG', 'Organization')`,
    );
    await database.prisma.$executeRawUnsafe(
      `INSERT INTO "Contact" (id, "organizationId", number, "firstName", "lastName", "updatedAt")
       SELECT 'c' || g, 'org', g, 'First' || g, md5(g::text), now() FROM generate_series(1, 20000) AS g`,
    );
    await database.prisma.$executeRawUnsafe(`ANALYZE "Contact"`);
  });
  afterAll(() => database.close());

  async function plan(sql: string, ...params: unknown[]): Promise<string> {
    return database.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...params);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
  }

  // The organization alone is not selective (one organization may hold most contacts): the name must be.
  it("finds contacts by a name prefix in any case through the trigram indexes", async () => {
    expect(
      await plan(`SELECT id FROM "Contact" WHERE "organizationId" = $1 AND "lastName" ILIKE $2`, "org", "a1b%"),
    ).toContain("Contact_lastName_trgm_idx");
    expect(
      await plan(`SELECT id FROM "Contact" WHERE "organizationId" = $1 AND "firstName" ILIKE $2`, "org", "first123%"),
    ).toContain("Contact_firstName_trgm_idx");
  });

  it("reads a contact's distributions, a page of the audit log and an outcome of an execution's items by index", async () => {
    expect(
      await plan(
        `SELECT id FROM "DistributionEntry" WHERE "newContactId" = $1 ORDER BY "occurredAt" DESC LIMIT 200`,
        "c",
      ),
    ).toContain("DistributionEntry_newContactId_occurredAt_idx");
    expect(
      await plan(
        `SELECT id FROM "AuditLog" WHERE "organizationId" = $1 AND id < $2 ORDER BY id DESC LIMIT 101`,
        "o",
        10,
      ),
    ).toContain("AuditLog_organizationId_id_idx");
    expect(
      await plan(
        `SELECT id FROM "ExecutionItem" WHERE "executionId" = $1 AND outcome = 'REJECTED' AND id > $2 ORDER BY id LIMIT 201`,
        1,
        0,
      ),
    ).toContain("ExecutionItem_executionId_outcome_id_idx");
    expect(
      await plan(`SELECT id FROM "Ticket" WHERE "organizationId" = $1 AND "taxNumber" LIKE $2`, "o", "LSE26%"),
    ).toMatch(/Ticket_taxNumber_key|Index/);
  });
});
