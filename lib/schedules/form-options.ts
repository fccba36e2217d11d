import type { TScheduleFormOptions } from "./schedule-form-types";
import type { TPrisma } from "@/lib/db/client";

/** The organization's catalog codes offered by the wizard's filters. */
export async function scheduleFormOptions(prisma: TPrisma, organizationId: string): Promise<TScheduleFormOptions> {
  const where = { organizationId };
  const byCode = { orderBy: { code: "asc" as const } };
  const [salesChannels, pointsOfSale, seasons, products, performances, tariffs, seatCategories] = await Promise.all([
    prisma.salesChannel.findMany({ where, ...byCode }),
    prisma.pointOfSale.findMany({ where, ...byCode, include: { salesChannel: { select: { code: true } } } }),
    prisma.season.findMany({ where, ...byCode }),
    prisma.product.findMany({ where, ...byCode }),
    prisma.performance.findMany({ where, ...byCode }),
    prisma.tariff.findMany({ where, ...byCode }),
    prisma.seatCategory.findMany({ where, ...byCode }),
  ]);
  const option = (row: { code: string; name: string }) => ({ code: row.code, name: row.name });
  const ticketKinds = ["EVENT", "MATCH", "OPEN_PASS", "SERVICE"];
  return {
    salesChannels: salesChannels.map(option),
    pointsOfSale: pointsOfSale.map((p) => ({ ...option(p), salesChannel: p.salesChannel.code })),
    seasons: seasons.map(option),
    families: [...new Set(products.map((p) => p.family))]
      .sort()
      .map((family) => ({ code: family, name: family.replace(/_/g, " ").toLowerCase() })),
    products: products.filter((p) => ticketKinds.includes(p.kind)).map(option),
    performances: performances.map(option),
    tariffs: tariffs.map(option),
    seatCategories: seatCategories.map(option),
    cardProducts: products.filter((p) => !ticketKinds.includes(p.kind)).map(option),
  };
}
