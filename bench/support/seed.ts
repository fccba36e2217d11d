// Bench data, written set-based (generate_series) so a million tickets load in
// seconds on PostgreSQL and the same code seeds PGlite.
import { encryptSecret } from "@/lib/crypto/secret-box";
import type { TPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScheduleFunction, TicketStatus } from "@/lib/generated/prisma/enums";
import { startExecution } from "@/lib/engine/start-execution";

export type TBenchOrganization = {
  organizationId: string;
  interfaceId: string;
  productId: string;
  performanceId: string;
  fileId: string;
  contactId: string;
};

/** An organization with one event, one file and a TIXNGO interface pointing at the simulator. */
export async function seedOrganization(
  prisma: TPrisma,
  input: { code: string; apiUrl: string; apiKey: string; eventCode: string },
): Promise<TBenchOrganization> {
  const org = await prisma.organization.create({ data: { code: input.code, name: `Bench ${input.code}` } });
  const organizationId = org.id;
  const site = await prisma.site.create({
    data: { organizationId, code: "S", name: "Arena", zip: "1000", city: "Lausanne", countryCode: "CH" },
  });
  const product = await prisma.product.create({
    data: { organizationId, code: "P", name: "Match", kind: "MATCH", family: "F" },
  });
  const performance = await prisma.performance.create({
    data: {
      organizationId,
      productId: product.id,
      siteId: site.id,
      code: input.eventCode,
      name: "Match",
      startsAt: new Date("2027-06-01T18:00:00Z"),
    },
  });
  const channel = await prisma.salesChannel.create({ data: { organizationId, code: "EXT", name: "External" } });
  await prisma.pointOfSale.create({
    data: { organizationId, salesChannelId: channel.id, code: "TIXNGO", name: "TIXNGO" },
  });
  const buyer = await prisma.contact.create({
    data: { organizationId, number: 1, firstName: "Anna", lastName: "Buyer", email: "buyer@bench.example" },
  });
  const file = await prisma.file.create({
    data: {
      organizationId,
      number: "F1",
      purchaserId: buyer.id,
      salesChannelId: channel.id,
      purchasedAt: new Date("2026-11-01T10:00:00Z"),
      currency: "CHF",
    },
  });
  const iface = await prisma.interface.create({
    data: {
      organizationId,
      name: "TIXNGO",
      type: "TIXNGO",
      apiUrl: input.apiUrl,
      username: "bench",
      apiKeyCipher: encryptSecret(input.apiKey),
      apiKeyHint: input.apiKey.slice(-4),
    },
  });
  return {
    organizationId,
    interfaceId: iface.id,
    productId: product.id,
    performanceId: performance.id,
    fileId: file.id,
    contactId: buyer.id,
  };
}

/** `count` tickets numbered `${prefix}1…`, with holders, in one statement per 100,000. */
export async function seedTickets(
  prisma: TPrisma,
  org: TBenchOrganization,
  input: { count: number; prefix: string; status: TicketStatus },
) {
  for (let start = 1; start <= input.count; start += 100_000) {
    const end = Math.min(input.count, start + 99_999);
    await prisma.$executeRawUnsafe(
      `INSERT INTO "Ticket" ("organizationId", "taxNumber", "fileId", "productId", "performanceId", "culturalContactId",
         barcode, "priceCents", currency, gate, block, "row", seat, status, "holderFirstName", "holderLastName", "holderEmail", "updatedAt")
       SELECT $1, $2 || g, $3, $4, $5, $6, 'B' || $2 || g, 1000 + (g % 50) * 100, 'CHF', 'G' || (g % 8), 'B' || (g % 40),
         ((g / 50) % 30)::text, (g % 50)::text, $7::"TicketStatus", 'First' || (g % 997), 'Last' || (g % 1009),
         'holder' || g || '@bench.example', now()
       FROM generate_series($8::int, $9::int) AS g`,
      org.organizationId,
      input.prefix,
      org.fileId,
      org.productId,
      org.performanceId,
      org.contactId,
      input.status,
      start,
      end,
    );
  }
}

/** A manual schedule of the function and one QUEUED execution of it. */
export async function queueExecution(
  prisma: TPrisma,
  org: TBenchOrganization,
  input: { fn: ScheduleFunction; settings: Prisma.InputJsonObject },
): Promise<number> {
  const schedule = await prisma.schedule.create({
    data: {
      organizationId: org.organizationId,
      interfaceId: org.interfaceId,
      function: input.fn,
      name: `Bench ${input.fn}`,
      launchMode: "MANUAL",
      settings: input.settings,
    },
  });
  const { executionId } = await startExecution(prisma, async () => {}, {
    organizationId: org.organizationId,
    scheduleId: schedule.id,
    trigger: "MANUAL",
  });
  return executionId;
}
