// Deterministic demo data: two organizations, each with the six product kinds
// of docs/functions.md, a few hundred files and tickets in every S-360 status and
// contacts (some temporary, some sharing an e-mail). Ids are derived from the
// organization code, so a re-seed produces the very same rows.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InvalidationReason, ProductKind, Role, TicketStatus } from "@/lib/generated/prisma/enums";
import { wallTimeToUtc } from "@/lib/time/time-zone";

export const DEMO_PASSWORD = "demo-password";

export type TDemoOrganization = {
  code: string;
  name: string;
  domain: string;
  city: { site: string; siteCode: string; city: string; zip: string; line1: string };
  files: number;
  contacts: number;
};

/** Both demo organizations are Swiss. */
export const DEMO_TIME_ZONE = "Europe/Zurich";

export const DEMO_ORGANIZATIONS: TDemoOrganization[] = [
  {
    code: "LSE",
    name: "Lausanne Sports & Events",
    domain: "lausanne.demo",
    city: {
      site: "Stade de la Tuilière",
      siteCode: "TUILIERE",
      city: "Lausanne",
      zip: "1018",
      line1: "Route des Plaines-du-Loup 70",
    },
    files: 160,
    contacts: 140,
  },
  {
    code: "GVA",
    name: "Geneva Arena Live",
    domain: "geneva.demo",
    city: {
      site: "Arena de Genève",
      siteCode: "ARENA",
      city: "Le Grand-Saconnex",
      zip: "1218",
      line1: "Route des Batailleux 3",
    },
    files: 90,
    contacts: 80,
  },
];

export const DEMO_ROLES: { role: Role; local: string; name: string }[] = [
  { role: "ADMIN", local: "admin", name: "Alex Admin" },
  { role: "OPERATOR", local: "operator", name: "Olivia Operator" },
  { role: "VIEWER", local: "viewer", name: "Victor Viewer" },
];

export function demoEmail(org: TDemoOrganization, local: string): string {
  return `${local}@${org.domain}`;
}

/** mulberry32: small, fast and the same on every machine. */
function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const FIRST = [
  "Anna",
  "Luca",
  "Sofia",
  "Noah",
  "Léa",
  "Elias",
  "Mia",
  "Louis",
  "Emma",
  "Jonas",
  "Chloé",
  "David",
  "Sara",
  "Nico",
  "Julia",
  "Marco",
  "Laura",
  "Yann",
  "Nina",
  "Tim",
];
const LAST = [
  "Müller",
  "Favre",
  "Rossi",
  "Meier",
  "Dubois",
  "Keller",
  "Bianchi",
  "Weber",
  "Morel",
  "Schmid",
  "Girard",
  "Fischer",
  "Bernasconi",
  "Huber",
  "Roux",
  "Brunner",
  "Gerber",
  "Lehmann",
  "Perret",
  "Baumann",
];
const COUNTRIES = ["CH", "CH", "CH", "FR", "DE", "IT"];
const LANGUAGES = ["fr", "de", "en", "it"];

type TProductSeed = {
  code: string;
  name: string;
  kind: ProductKind;
  family: string;
  performances: { code: string; name: string; daysFromNow: number }[];
};

function productsFor(org: TDemoOrganization): TProductSeed[] {
  const c = org.code;
  return [
    {
      code: `${c}-MATCH`,
      name: c === "LSE" ? "FC Lausanne-Sport vs Servette FC" : "Genève-Servette HC vs HC Lugano",
      kind: "MATCH",
      family: c === "LSE" ? "FOOTBALL" : "ICE_HOCKEY",
      performances: [
        { code: `${c}-M1`, name: "Matchday 14", daysFromNow: 12 },
        { code: `${c}-M2`, name: "Matchday 16", daysFromNow: 26 },
        { code: `${c}-M3`, name: "Cup quarter-final", daysFromNow: 40 },
      ],
    },
    {
      code: `${c}-CONCERT`,
      name: c === "LSE" ? "Orchestre de Chambre: Winter Gala" : "Arena Rock Night",
      kind: "EVENT",
      family: "CONCERT",
      performances: [
        { code: `${c}-C1`, name: "Evening show", daysFromNow: 18 },
        { code: `${c}-C2`, name: "Matinee", daysFromNow: 19 },
      ],
    },
    {
      code: `${c}-PASS`,
      name: "Museum & Stadium Tour Pass",
      kind: "OPEN_PASS",
      family: "PASS",
      performances: [{ code: `${c}-P1`, name: "Winter 2026 validity", daysFromNow: 1 }],
    },
    {
      code: `${c}-PARKING`,
      name: "Parking P1",
      kind: "SERVICE",
      family: "SERVICE",
      performances: [{ code: `${c}-S1`, name: "Parking Matchday 14", daysFromNow: 12 }],
    },
    {
      code: `${c}-MEMBER`,
      name: "Supporters Club Membership 2026/27",
      kind: "MEMBERSHIP_CARD",
      family: "MEMBERSHIP",
      performances: [],
    },
    {
      code: `${c}-SEASON`,
      name: "Season Card 2026/27",
      kind: "SEASON_CARD",
      family: c === "LSE" ? "FOOTBALL" : "ICE_HOCKEY",
      performances: [],
    },
  ];
}

const STATUS_WEIGHTS: [TicketStatus, number][] = [
  ["NOT_PRINTED", 0.45],
  ["PRINTED", 0.25],
  ["CONTROLLED", 0.1],
  ["INVALIDATED", 0.1],
  ["CANCELLED", 0.1],
];

export type TDemoRows = {
  organization: Prisma.OrganizationCreateManyInput;
  users: Omit<Prisma.UserCreateManyInput, "passwordHash">[];
  sites: Prisma.SiteCreateManyInput[];
  seasons: Prisma.SeasonCreateManyInput[];
  products: Prisma.ProductCreateManyInput[];
  performances: Prisma.PerformanceCreateManyInput[];
  tariffs: Prisma.TariffCreateManyInput[];
  seatCategories: Prisma.SeatCategoryCreateManyInput[];
  salesChannels: Prisma.SalesChannelCreateManyInput[];
  pointsOfSale: Prisma.PointOfSaleCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  files: Prisma.FileCreateManyInput[];
  tickets: Prisma.TicketCreateManyInput[];
};

/** Every row of one demo organization, computed without touching the database. */
export function demoRows(org: TDemoOrganization, now: Date, orgIndex: number): TDemoRows {
  const rnd = randomFrom(20261123 + orgIndex * 7919);
  const c = org.code;
  const organizationId = `org_${c.toLowerCase()}`;
  const day = 24 * 60 * 60 * 1000;
  const id = (kind: string, n: number | string) => `${c.toLowerCase()}_${kind}_${n}`;

  const users = DEMO_ROLES.map((r) => ({
    id: id("user", r.local),
    organizationId,
    email: demoEmail(org, r.local),
    name: r.name,
    role: r.role,
  }));
  const siteId = id("site", org.city.siteCode.toLowerCase());
  const sites = [
    {
      id: siteId,
      organizationId,
      code: org.city.siteCode,
      name: org.city.site,
      line1: org.city.line1,
      zip: org.city.zip,
      city: org.city.city,
      countryCode: "CH",
      website: `https://www.${org.domain}`,
    },
  ];
  const seasonId = id("season", "2627");
  const seasons = [
    {
      id: seasonId,
      organizationId,
      code: "2026-27",
      name: "Season 2026/27",
      startsOn: new Date("2026-07-01"),
      endsOn: new Date("2027-06-30"),
    },
  ];

  const productSeeds = productsFor(org);
  const products = productSeeds.map((p) => ({
    id: id("product", p.code.toLowerCase()),
    organizationId,
    seasonId,
    code: p.code,
    name: p.name,
    kind: p.kind,
    family: p.family,
    validFrom: p.kind.endsWith("CARD") ? new Date("2026-07-01T00:00:00Z") : null,
    validTo: p.kind.endsWith("CARD") ? new Date("2027-06-30T23:59:59Z") : null,
  }));
  const performances = productSeeds.flatMap((p) =>
    p.performances.map((perf) => {
      // 19:30 on the organization's clock, whatever the season.
      const date = new Date(now.getTime() + perf.daysFromNow * day).toISOString().slice(0, 10);
      const startsAt = wallTimeToUtc(`${date}T19:30`, DEMO_TIME_ZONE)!;
      return {
        id: id("perf", perf.code.toLowerCase()),
        organizationId,
        productId: id("product", p.code.toLowerCase()),
        siteId,
        code: perf.code,
        name: `${p.name} — ${perf.name}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000),
      };
    }),
  );
  const tariffs = [
    ["FULL", "Full price"],
    ["REDUCED", "Reduced (student, AVS)"],
    ["CHILD", "Child"],
    ["MEMBER", "Club member"],
  ].map(([code, name]) => ({ id: id("tariff", code!.toLowerCase()), organizationId, code: code!, name: name! }));
  const seatCategories = [
    ["CAT1", "Category 1"],
    ["CAT2", "Category 2"],
    ["CAT3", "Category 3"],
    ["STANDING", "Standing"],
  ].map(([code, name]) => ({ id: id("seatcat", code!.toLowerCase()), organizationId, code: code!, name: name! }));
  const salesChannels = [
    { id: id("channel", "web"), organizationId, code: "WEB", name: "Internet" },
    { id: id("channel", "box"), organizationId, code: "BOX", name: "Box office" },
    { id: id("channel", "ext"), organizationId, code: "EXT", name: "External printing" },
  ];
  const pointsOfSale = [
    {
      id: id("pos", "web01"),
      organizationId,
      salesChannelId: id("channel", "web"),
      code: "WEB-01",
      name: "Online shop",
    },
    {
      id: id("pos", "box01"),
      organizationId,
      salesChannelId: id("channel", "box"),
      code: "BOX-01",
      name: "Stadium box office",
    },
    {
      id: id("pos", "tixngo"),
      organizationId,
      salesChannelId: id("channel", "ext"),
      code: "TIXNGO",
      name: "TIXNGO mobile wallet",
    },
  ];

  // Contacts: mostly individuals; a few relays, a few temporary "Pending
  // CREATION" contacts, and a few e-mails shared by two contacts (one with an
  // internet account) so contact matching has real cases to meet.
  const contacts: Prisma.ContactCreateManyInput[] = [];
  for (let n = 1; n <= org.contacts; n++) {
    const temporary = n % 23 === 0;
    const relay = !temporary && n % 17 === 0;
    const first = rnd.pick(FIRST);
    const last = rnd.pick(LAST);
    const sharedWith = n % 29 === 0 && n > 1 ? contacts[n - 2] : undefined;
    const email =
      sharedWith?.email ??
      `${first}.${last}.${n}@example.${c === "LSE" ? "ch" : "com"}`
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "");
    contacts.push({
      id: id("contact", n),
      organizationId,
      number: 100000 + n,
      kind: relay ? "RELAY" : "INDIVIDUAL",
      temporary,
      hasInternetAccount: !temporary && (sharedWith ? true : rnd.chance(0.6)),
      title: temporary ? null : rnd.pick(["Mr", "Ms", "Mx"]),
      firstName: temporary ? "Pending" : relay ? `${last} & Co` : first,
      lastName: temporary ? "CREATION" : relay ? "Supporters Relay" : last,
      birthDate: temporary ? null : new Date(Date.UTC(rnd.int(1950, 2010), rnd.int(0, 11), rnd.int(1, 28))),
      email,
      nationality: temporary ? null : rnd.pick(COUNTRIES),
      mobilePhone: temporary
        ? null
        : `+41 7${rnd.int(5, 9)} ${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
      countryCode: temporary ? null : rnd.pick(COUNTRIES),
      language: temporary ? null : rnd.pick(LANGUAGES),
      consentInstitutionEmail: temporary ? null : rnd.chance(0.5),
      consentThirdPartyEmail: temporary ? null : rnd.chance(0.2),
      origin: temporary ? "TIXNGO_DISTRIBUTION" : "BACKOFFICE",
      createdAt: new Date(now.getTime() - rnd.int(30, 700) * day),
    });
  }
  const buyers = contacts.filter((ct) => !ct.temporary);

  const ticketProducts = productSeeds.filter((p) => p.performances.length > 0);
  const cardProducts = productSeeds.filter((p) => p.performances.length === 0);
  const files: Prisma.FileCreateManyInput[] = [];
  const tickets: Prisma.TicketCreateManyInput[] = [];
  let ticketSeq = 0;
  for (let n = 1; n <= org.files; n++) {
    const purchaser = rnd.pick(buyers);
    const web = rnd.chance(0.7);
    const purchasedAt = new Date(now.getTime() - rnd.int(1, 90) * day - rnd.int(0, 86_399) * 1000);
    const fileId = id("file", n);
    files.push({
      id: fileId,
      organizationId,
      number: `${c}${String(26_000_000 + n)}`,
      purchaserId: purchaser.id!,
      salesChannelId: web ? id("channel", "web") : id("channel", "box"),
      pointOfSaleId: web ? id("pos", "web01") : id("pos", "box01"),
      purchasedAt,
      currency: "CHF",
      createdAt: purchasedAt,
    });
    const cardFile = n % 11 === 0;
    const count = cardFile ? 1 : rnd.int(1, 4);
    for (let k = 0; k < count; k++) {
      ticketSeq++;
      const product = cardFile ? rnd.pick(cardProducts) : rnd.pick(ticketProducts);
      const perf = product.performances.length > 0 ? rnd.pick(product.performances) : undefined;
      let status = pickWeighted(rnd.next(), STATUS_WEIGHTS);
      if (cardFile && status === "CONTROLLED") status = "PRINTED";
      const changedAt = new Date(purchasedAt.getTime() + rnd.int(0, 20) * day);
      const forSomeoneElse = rnd.chance(0.35);
      const cultural = forSomeoneElse ? rnd.pick(contacts) : purchaser;
      const withHolder = rnd.chance(0.6);
      const tariff = rnd.pick(tariffs);
      const seated = (product.kind === "MATCH" || product.kind === "EVENT") && rnd.chance(0.8);
      const category = rnd.pick(seatCategories);
      const taxNumber = `${c}${String(26_100_000 + ticketSeq)}`;
      const reason: InvalidationReason | null =
        status === "CANCELLED"
          ? "CANCELLED"
          : status === "INVALIDATED"
            ? rnd.pick(["INVALIDATED", "REPRINT", "RESALE"] as const)
            : null;
      tickets.push({
        organizationId,
        taxNumber,
        fileId,
        productId: id("product", product.code.toLowerCase()),
        performanceId: perf ? id("perf", perf.code.toLowerCase()) : null,
        tariffId: tariff.id,
        seatCategoryId: seated ? category.id : null,
        culturalContactId: cultural.id!,
        barcode: `${taxNumber}${String(rnd.int(100000, 999999))}`,
        priceCents: rnd.pick([2500, 3500, 4800, 6500, 9000]),
        currency: "CHF",
        gate: seated && category.code !== "STANDING" ? rnd.pick(["A", "B", "C", "D"]) : null,
        block: seated && category.code !== "STANDING" ? String(rnd.int(1, 24)) : null,
        row: seated && category.code !== "STANDING" ? String(rnd.int(1, 30)) : null,
        seat: seated && category.code !== "STANDING" ? String(rnd.int(1, 40)) : null,
        status,
        statusChangedAt: status === "NOT_PRINTED" ? purchasedAt : changedAt,
        invalidationReason: reason,
        controlledAt: status === "CONTROLLED" ? changedAt : null,
        // Not sent to TIXNGO in that state yet (the push marker).
        pushPending: status === "CONTROLLED" || status === "INVALIDATED" || status === "CANCELLED",
        printedAt: status === "NOT_PRINTED" ? null : new Date(purchasedAt.getTime() + 60_000),
        printedById: status === "NOT_PRINTED" ? null : web ? id("pos", "web01") : id("pos", "box01"),
        holderFirstName: withHolder ? cultural.firstName : null,
        holderLastName: withHolder ? cultural.lastName : null,
        holderEmail: withHolder ? (cultural.email ?? null) : null,
        holderBirthDate: withHolder ? (cultural.birthDate ?? null) : null,
        holderCountryCode: withHolder ? (cultural.countryCode ?? null) : null,
        holderIdNumber: withHolder && rnd.chance(0.5) ? `X${rnd.int(1000000, 9999999)}` : null,
        createdAt: purchasedAt,
      });
    }
  }

  return {
    organization: { id: organizationId, code: c, name: org.name, currency: "CHF", timeZone: DEMO_TIME_ZONE },
    users,
    sites,
    seasons,
    products,
    performances,
    tariffs,
    seatCategories,
    salesChannels,
    pointsOfSale,
    contacts,
    files,
    tickets,
  };
}

function pickWeighted<T>(roll: number, weights: [T, number][]): T {
  let acc = 0;
  for (const [value, weight] of weights) {
    acc += weight;
    if (roll < acc) return value;
  }
  return weights[weights.length - 1]![0];
}
