// Ticket injection reads a page of payload rows in one statement: Prisma's
// nested select costs a query per relation (product, performance, site, file,
// purchaser, cultural contact…) for every page of 1,000 tickets.
import type { TPrisma } from "@/lib/db/client";
import type { TInjectionRow } from "./payload";

type TContact = NonNullable<TInjectionRow["culturalContact"]>;
/** A page row as read: the nested parts come as JSON, their dates as ISO strings. */
type TJsonContact = Omit<TContact, "birthDate"> & { birthDate: string | null };
type TReadRow = Omit<TInjectionRow, "performance" | "file" | "culturalContact"> & {
  performance:
    | (Omit<NonNullable<TInjectionRow["performance"]>, "startsAt" | "endsAt"> & {
        id: string;
        startsAt: string;
        endsAt: string | null;
        tixngoEventSyncedAt: string | null;
      })
    | null;
  file: { number: string; purchasedAt: string; purchaser: TJsonContact };
  culturalContact: TJsonContact | null;
};

export type TInjectionPageRow = TInjectionRow & {
  performance: (NonNullable<TInjectionRow["performance"]> & { id: string; tixngoEventSyncedAt: Date | null }) | null;
};

const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const contact = (alias: string) => `json_build_object(
  'title', ${alias}.title, 'firstName', ${alias}."firstName", 'lastName', ${alias}."lastName", 'email', ${alias}.email,
  'birthDate', ${iso(`${alias}."birthDate"`)}, 'nationality', ${alias}.nationality, 'idNumber', ${alias}."idNumber",
  'mobilePhone', ${alias}."mobilePhone", 'countryCode', ${alias}."countryCode", 'language', ${alias}.language,
  'consentInstitutionEmail', ${alias}."consentInstitutionEmail", 'consentThirdPartyEmail', ${alias}."consentThirdPartyEmail")`;

const PAGE_SQL = `
SELECT t.id, t."taxNumber", t.barcode, t."priceCents", t.currency, t.gate, t.block, t."row", t.seat,
  t."holderFirstName", t."holderLastName", t."holderEmail", t."holderBirthDate", t."holderIdNumber",
  t."holderCountryCode", t."holderBirthRegion", t."holderBirthPlace",
  CASE WHEN ta.id IS NULL THEN NULL ELSE json_build_object('code', ta.code, 'name', ta.name) END AS tariff,
  CASE WHEN sc.id IS NULL THEN NULL ELSE json_build_object('code', sc.code, 'name', sc.name) END AS "seatCategory",
  json_build_object('code', p.code, 'name', p.name, 'family', p.family) AS product,
  CASE WHEN pf.id IS NULL THEN NULL ELSE json_build_object(
    'id', pf.id, 'code', pf.code, 'name', pf.name, 'startsAt', ${iso('pf."startsAt"')}, 'endsAt', ${iso('pf."endsAt"')},
    'tixngoEventSyncedAt', ${iso('pf."tixngoEventSyncedAt"')},
    'site', json_build_object('name', s.name, 'city', s.city, 'countryCode', s."countryCode", 'zip', s.zip,
      'line1', s.line1, 'line2', s.line2, 'line3', s.line3, 'website', s.website)) END AS performance,
  json_build_object('number', f.number, 'purchasedAt', ${iso('f."purchasedAt"')}, 'purchaser', ${contact("pu")}) AS file,
  CASE WHEN cc.id IS NULL THEN NULL ELSE ${contact("cc")} END AS "culturalContact"
FROM "Ticket" t
JOIN "Product" p ON p.id = t."productId"
JOIN "File" f ON f.id = t."fileId"
JOIN "Contact" pu ON pu.id = f."purchaserId"
LEFT JOIN "Tariff" ta ON ta.id = t."tariffId"
LEFT JOIN "SeatCategory" sc ON sc.id = t."seatCategoryId"
LEFT JOIN "Performance" pf ON pf.id = t."performanceId"
LEFT JOIN "Site" s ON s.id = pf."siteId"
LEFT JOIN "Contact" cc ON cc.id = t."culturalContactId"
WHERE t.id = ANY($1::int[])
ORDER BY t.id`;

const date = (value: string | null) => (value === null ? null : new Date(value));
const contactOf = (c: TJsonContact): TContact => ({ ...c, birthDate: date(c.birthDate) });

/** The payload rows of these tickets, in id order, in one query. */
export async function readInjectionPage(prisma: TPrisma, ids: number[]): Promise<TInjectionPageRow[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.$queryRawUnsafe<TReadRow[]>(PAGE_SQL, ids);
  return rows.map((row) => ({
    ...row,
    performance: row.performance && {
      ...row.performance,
      startsAt: new Date(row.performance.startsAt),
      endsAt: date(row.performance.endsAt),
      tixngoEventSyncedAt: date(row.performance.tixngoEventSyncedAt),
    },
    file: { ...row.file, purchasedAt: new Date(row.file.purchasedAt), purchaser: contactOf(row.file.purchaser) },
    culturalContact: row.culturalContact && contactOf(row.culturalContact),
  }));
}
