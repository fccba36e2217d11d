// The injection payload field by field: every mapping rule of a ticket row to
// the TIXNGO event and ticket, asserted on the whole object so that a field
// added, lost or mis-mapped fails here.
import { describe, expect, it } from "vitest";
import {
  eventPayload,
  isMainApplicant,
  missingHolderFields,
  spectatorOf,
  ticketPayload,
  type TInjectionRow,
} from "./payload";

type TContact = TInjectionRow["file"]["purchaser"];

const bare: TContact = {
  title: null,
  firstName: "Anna",
  lastName: "Muller",
  email: "anna@example.ch",
  birthDate: null,
  nationality: null,
  idNumber: null,
  mobilePhone: null,
  countryCode: null,
  language: null,
  consentInstitutionEmail: null,
  consentThirdPartyEmail: null,
};

const full: TContact = {
  title: "Madame la Présidente du conseil", // 31 characters: cut to 20
  firstName: "A".repeat(60),
  lastName: "B".repeat(120),
  email: "anna@example.ch",
  birthDate: new Date("1990-04-02T22:30:00Z"),
  nationality: "CH",
  idNumber: "X1234567",
  mobilePhone: "+41 79 000 00 00",
  countryCode: "FR",
  language: "fr",
  consentInstitutionEmail: false,
  consentThirdPartyEmail: true,
};

const site = {
  name: "Stade de la Tuilière",
  city: "Lausanne",
  countryCode: "CH",
  zip: "1018",
  line1: null,
  line2: null,
  line3: null,
  website: null,
};

const row: TInjectionRow = {
  id: 7,
  taxNumber: "LSE26100007",
  barcode: "BC7",
  priceCents: 4850,
  currency: "CHF",
  gate: null,
  block: null,
  row: null,
  seat: null,
  holderFirstName: "Anna",
  holderLastName: "Muller",
  holderEmail: "anna@example.ch",
  holderBirthDate: null,
  holderIdNumber: null,
  holderCountryCode: null,
  holderBirthRegion: null,
  holderBirthPlace: null,
  tariff: null,
  seatCategory: null,
  product: { code: "LSE-PARKING", name: "Parking", family: "SERVICES" },
  performance: {
    code: "LSE-M1",
    name: "Matchday 14",
    startsAt: new Date("2026-12-05T18:30:00Z"),
    endsAt: null,
    site,
  },
  file: { number: "LSE26000007", purchasedAt: new Date("2026-11-01T10:00:00Z"), purchaser: bare },
  culturalContact: null,
};

describe("spectator details", () => {
  it("sends only the names and e-mail of a contact that has nothing else", () => {
    expect(spectatorOf(bare)).toEqual({ firstName: "Anna", lastName: "Muller", email: "anna@example.ch" });
  });

  it("maps every known field, cut to TIXNGO's lengths, the birth date as a day", () => {
    expect(spectatorOf(full)).toEqual({
      title: "Madame la Présidente",
      firstName: "A".repeat(50),
      lastName: "B".repeat(100),
      email: "anna@example.ch",
      dateOfBirth: "1990-04-02",
      nationality: "CH",
      idCardNumber: "X1234567",
      phoneNumber: "+41 79 000 00 00",
      residenceCountry: "FR",
      language: "fr",
      organizerSpectatorPreference: { allowPromoEmail: false, allowThirdPartyEmail: true },
    });
  });

  it("sends the consents when either is known, the unknown one as false", () => {
    expect(spectatorOf({ ...bare, consentThirdPartyEmail: true }).organizerSpectatorPreference).toEqual({
      allowPromoEmail: false,
      allowThirdPartyEmail: true,
    });
    expect(spectatorOf({ ...bare, consentInstitutionEmail: true }).organizerSpectatorPreference).toEqual({
      allowPromoEmail: true,
      allowThirdPartyEmail: false,
    });
  });

  it("sends an empty e-mail when the contact has none (TIXNGO refuses it; enforceMandatoryParameters stops it first)", () => {
    expect(spectatorOf({ ...bare, email: null }).email).toBe("");
  });
});

describe("event payload", () => {
  it("sends the required fields only when the performance has nothing optional", () => {
    expect(eventPayload(row.performance!)).toEqual({
      id: "LSE-M1",
      name: "Matchday 14",
      startTime: "2026-12-05T18:30:00.000Z",
      address: { site: "Stade de la Tuilière", city: "Lausanne", countryCode: "CH", zip: "1018" },
    });
  });

  it("adds the end, the website and the address lines when known; the name is cut to 256", () => {
    expect(
      eventPayload({
        ...row.performance!,
        name: "N".repeat(300),
        endsAt: new Date("2026-12-05T21:00:00Z"),
        site: {
          ...site,
          line1: "Route du Jorat 1",
          line2: "Entrée Nord",
          line3: "Case 4",
          website: "https://stade.ch",
        },
      }),
    ).toEqual({
      id: "LSE-M1",
      name: "N".repeat(256),
      startTime: "2026-12-05T18:30:00.000Z",
      expirationDate: "2026-12-05T21:00:00.000Z",
      website: "https://stade.ch",
      address: {
        site: "Stade de la Tuilière",
        city: "Lausanne",
        countryCode: "CH",
        zip: "1018",
        line1: "Route du Jorat 1",
        line2: "Entrée Nord",
        line3: "Case 4",
      },
    });
  });
});

describe("ticket payload", () => {
  it("a ticket without tariff, category or seat: price in francs, the product family as category", () => {
    expect(ticketPayload(row, { mainApplicant: false })).toEqual({
      ticketId: "LSE26100007",
      event: { id: "LSE-M1" },
      purchaseDetails: {
        fileNumber: "LSE26000007",
        taxNumber: "LSE26100007",
        purchaseDate: "2026-11-01T10:00:00.000Z",
        price: 48.5,
        currency: "CHF",
        category: "SERVICES",
      },
      security: { barcode: "BC7" },
      spectatorDetails: { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" },
      mainApplicant: false,
    });
  });

  it("a seated ticket: tariff and category codes, the category's name, only the seating parts it has", () => {
    const payload = ticketPayload(
      {
        ...row,
        tariff: { code: "FULL", name: "Full price" },
        seatCategory: { code: "CAT1", name: "Category 1" },
        block: "12",
        seat: "14",
      },
      { mainApplicant: false },
    );
    expect(payload.purchaseDetails).toMatchObject({ tariffId: "FULL", seatCategoryId: "CAT1", category: "Category 1" });
    expect(payload.seatingDetails).toEqual({ block: "12", seat: "14" });
  });

  it("a ticket with no performance goes to the product's event", () => {
    expect(ticketPayload({ ...row, performance: null }, { mainApplicant: false }).event).toEqual({
      id: "LSE-PARKING",
    });
  });
});

describe("main applicant", () => {
  it("compares names and e-mail ignoring case and surrounding spaces", () => {
    expect(
      isMainApplicant({
        ...row,
        holderFirstName: "  anna ",
        holderLastName: "MULLER",
        holderEmail: "Anna@Example.CH ",
      }),
    ).toBe(true);
  });

  it("is false when the buyer lacks what the holder has, or both are blank", () => {
    expect(isMainApplicant({ ...row, file: { ...row.file, purchaser: { ...bare, email: null } } })).toBe(false);
    expect(
      isMainApplicant({
        ...row,
        holderEmail: "  ",
        file: { ...row.file, purchaser: { ...bare, email: "  " } },
      }),
    ).toBe(false);
    expect(
      isMainApplicant({ ...row, holderEmail: null, file: { ...row.file, purchaser: { ...bare, email: null } } }),
    ).toBe(false);
    expect(isMainApplicant({ ...row, holderLastName: "Favre" })).toBe(false);
  });
});

describe("mandatory holder fields", () => {
  it("counts a blank text as missing and a known date as present", () => {
    const holder = {
      ...row,
      holderFirstName: "  ",
      holderLastName: "Muller",
      holderBirthDate: new Date("1990-04-02T00:00:00Z"),
      holderCountryCode: "CH",
      holderBirthRegion: "VD",
      holderBirthPlace: "Lausanne",
    };
    expect(
      missingHolderFields(holder, [
        "FIRSTNAME",
        "LASTNAME",
        "BIRTHDATE",
        "ID_NUMBER",
        "COUNTRY_CODE",
        "BIRTH_REGION",
        "BIRTH_PLACE",
      ]),
    ).toEqual(["FIRSTNAME", "ID_NUMBER"]);
    expect(missingHolderFields(holder, [])).toEqual([]);
  });
});
