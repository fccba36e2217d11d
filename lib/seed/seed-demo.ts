import { hashPassword } from "@/lib/auth/password";
import { encryptSecret, secretHint } from "@/lib/crypto/secret-box";
import type { TPrisma } from "@/lib/db/client";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, demoRows, type TDemoOrganization } from "./demo-data";

export type TSeedOptions = {
  /** Delete and recreate demo organizations that already exist. */
  reset?: boolean;
  now?: Date;
  /** Where the demo interfaces point (the TIXNGO simulator). */
  tixngoUrl?: string;
  /** The organizations to seed (tests may add some); the two demo ones by default. */
  organizations?: TDemoOrganization[];
};

export type TSeedReport = { organization: string; action: "created" | "kept" | "reset"; tickets: number }[];

/** The simulator key of a demo organization (the simulator seeds the same ones). */
export function demoApiKey(orgCode: string): string {
  return `demo-key-${orgCode.toLowerCase()}`;
}

export async function seedDemo(prisma: TPrisma, options: TSeedOptions = {}): Promise<TSeedReport> {
  const now = options.now ?? new Date();
  const tixngoUrl = options.tixngoUrl ?? "http://127.0.0.1:4010/v3/organizer/tickets";
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const report: TSeedReport = [];

  for (const [index, org] of (options.organizations ?? DEMO_ORGANIZATIONS).entries()) {
    const rows = demoRows(org, now, index);
    const existing = await prisma.organization.findUnique({ where: { code: org.code }, select: { id: true } });
    if (existing && !options.reset) {
      report.push({
        organization: org.name,
        action: "kept",
        tickets: await prisma.ticket.count({ where: { organizationId: existing.id } }),
      });
      continue;
    }
    // One transaction per organization: a failed seed leaves nothing half-written.
    await prisma.$transaction(
      async (tx) => {
        if (existing) await tx.organization.delete({ where: { id: existing.id } });
        await tx.organization.create({ data: rows.organization });
        await tx.user.createMany({ data: rows.users.map((u) => ({ ...u, passwordHash })) });
        await tx.site.createMany({ data: rows.sites });
        await tx.season.createMany({ data: rows.seasons });
        await tx.product.createMany({ data: rows.products });
        await tx.performance.createMany({ data: rows.performances });
        await tx.tariff.createMany({ data: rows.tariffs });
        await tx.seatCategory.createMany({ data: rows.seatCategories });
        await tx.salesChannel.createMany({ data: rows.salesChannels });
        await tx.pointOfSale.createMany({ data: rows.pointsOfSale });
        await tx.contact.createMany({ data: rows.contacts });
        await tx.file.createMany({ data: rows.files });
        await tx.ticket.createMany({ data: rows.tickets });
        const apiKey = demoApiKey(org.code);
        await tx.interface.create({
          data: {
            organizationId: rows.organization.id!,
            name: "TIXNGO (simulator)",
            type: "TIXNGO",
            apiUrl: tixngoUrl,
            username: `${org.code.toLowerCase()}-organizer`,
            apiKeyCipher: encryptSecret(apiKey),
            apiKeyHint: secretHint(apiKey),
            failureEmails: [`ops@${org.domain}`],
            customParameters: [{ key: "TIXNGO_LIFECYCLE_MODE", value: "lifecycle" }],
          },
        });
      },
      { timeout: 60_000 },
    );
    report.push({ organization: org.name, action: existing ? "reset" : "created", tickets: rows.tickets.length });
  }
  return report;
}
