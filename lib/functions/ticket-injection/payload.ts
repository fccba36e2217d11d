// Ticket injection, the pure part: an S-360 ticket row → the TIXNGO event and
// ticket payloads (docs/functions.md: ticket injection), with no I/O.
import type { TEvent, TSpectatorDetails, TTicketInput } from "@/lib/tixngo/contract";

type TContactRow = {
  title: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  birthDate: Date | null;
  nationality: string | null;
  idNumber: string | null;
  mobilePhone: string | null;
  countryCode: string | null;
  language: string | null;
  consentInstitutionEmail: boolean | null;
  consentThirdPartyEmail: boolean | null;
  /** A "Pending CREATION" placeholder made from a transfer recipient's e-mail: never sent as a spectator. */
  temporary?: boolean;
};

export type TInjectionRow = {
  id: number;
  taxNumber: string;
  barcode: string;
  priceCents: number;
  currency: string;
  gate: string | null;
  block: string | null;
  row: string | null;
  seat: string | null;
  holderFirstName: string | null;
  holderLastName: string | null;
  holderEmail: string | null;
  holderBirthDate: Date | null;
  holderIdNumber: string | null;
  holderCountryCode: string | null;
  holderBirthRegion: string | null;
  holderBirthPlace: string | null;
  tariff: { code: string; name: string } | null;
  seatCategory: { code: string; name: string } | null;
  product: { code: string; name: string; family: string };
  performance: {
    code: string;
    name: string;
    startsAt: Date;
    endsAt: Date | null;
    site: {
      name: string;
      city: string;
      countryCode: string;
      zip: string;
      line1: string | null;
      line2: string | null;
      line3: string | null;
      website: string | null;
    };
  } | null;
  file: { number: string; purchasedAt: Date; purchaser: TContactRow };
  culturalContact: TContactRow | null;
};

export function spectatorOf(contact: TContactRow): TSpectatorDetails {
  const spectator: TSpectatorDetails = {
    firstName: contact.firstName.slice(0, 50),
    lastName: contact.lastName.slice(0, 100),
    email: contact.email ?? "",
  };
  if (contact.title) spectator.title = contact.title.slice(0, 20);
  if (contact.birthDate) spectator.dateOfBirth = contact.birthDate.toISOString().slice(0, 10);
  if (contact.nationality) spectator.nationality = contact.nationality;
  if (contact.idNumber) spectator.idCardNumber = contact.idNumber;
  if (contact.mobilePhone) spectator.phoneNumber = contact.mobilePhone;
  if (contact.countryCode) spectator.residenceCountry = contact.countryCode;
  if (contact.language) spectator.language = contact.language;
  if (contact.consentInstitutionEmail !== null || contact.consentThirdPartyEmail !== null) {
    spectator.organizerSpectatorPreference = {
      allowPromoEmail: contact.consentInstitutionEmail ?? false,
      allowThirdPartyEmail: contact.consentThirdPartyEmail ?? false,
    };
  }
  return spectator;
}

/** The spectator the ticket goes to: the cultural contact, falling back to the purchaser. */
export function beneficiaryOf(row: TInjectionRow): TContactRow {
  // A temporary cultural contact's name is a placeholder: the purchaser is the spectator then.
  return row.culturalContact && !row.culturalContact.temporary ? row.culturalContact : row.file.purchaser;
}

/**
 * mainApplicant is true only when the beneficiary's (the ticket holder
 * fields') first name, last name and e-mail equal the buyer's — never the
 * cultural contact's.
 */
export function isMainApplicant(row: TInjectionRow): boolean {
  const buyer = row.file.purchaser;
  const normal = (text: string | null) => (text ?? "").trim().toLowerCase();
  const same = (a: string | null, b: string | null) => normal(a) !== "" && normal(a) === normal(b);
  return (
    same(row.holderFirstName, buyer.firstName) &&
    same(row.holderLastName, buyer.lastName) &&
    same(row.holderEmail, buyer.email)
  );
}

export function eventPayload(performance: NonNullable<TInjectionRow["performance"]>): TEvent {
  const site = performance.site;
  const event: TEvent = {
    id: performance.code,
    name: performance.name.slice(0, 256),
    startTime: performance.startsAt.toISOString(),
    address: { site: site.name, city: site.city, countryCode: site.countryCode, zip: site.zip },
  };
  if (performance.endsAt) event.expirationDate = performance.endsAt.toISOString();
  if (site.website) event.website = site.website;
  if (site.line1) event.address.line1 = site.line1;
  if (site.line2) event.address.line2 = site.line2;
  if (site.line3) event.address.line3 = site.line3;
  return event;
}

export function ticketPayload(row: TInjectionRow, options: { mainApplicant: boolean }): TTicketInput {
  const payload: TTicketInput = {
    ticketId: row.taxNumber,
    event: { id: row.performance?.code ?? row.product.code },
    purchaseDetails: {
      fileNumber: row.file.number,
      taxNumber: row.taxNumber,
      purchaseDate: row.file.purchasedAt.toISOString(),
      price: row.priceCents / 100,
      currency: row.currency,
      category: row.seatCategory?.name ?? row.product.family,
    },
    security: { barcode: row.barcode },
    spectatorDetails: spectatorOf(beneficiaryOf(row)),
    mainApplicant: options.mainApplicant && isMainApplicant(row),
  };
  if (row.tariff) payload.purchaseDetails.tariffId = row.tariff.code;
  if (row.seatCategory) payload.purchaseDetails.seatCategoryId = row.seatCategory.code;
  const seating: Record<string, string> = {};
  for (const [key, value] of Object.entries({ gate: row.gate, block: row.block, row: row.row, seat: row.seat }))
    if (value) seating[key] = value;
  if (Object.keys(seating).length > 0) payload.seatingDetails = seating;
  return payload;
}

const HOLDER_COLUMNS = {
  FIRSTNAME: "holderFirstName",
  LASTNAME: "holderLastName",
  BIRTHDATE: "holderBirthDate",
  ID_NUMBER: "holderIdNumber",
  COUNTRY_CODE: "holderCountryCode",
  BIRTH_REGION: "holderBirthRegion",
  BIRTH_PLACE: "holderBirthPlace",
} as const;

/** The mandatory holder fields this ticket lacks. */
export function missingHolderFields(row: TInjectionRow, mandatory: (keyof typeof HOLDER_COLUMNS)[]): string[] {
  return mandatory.filter((field) => {
    const value = row[HOLDER_COLUMNS[field]];
    return value === null || (typeof value === "string" && value.trim() === "");
  });
}
