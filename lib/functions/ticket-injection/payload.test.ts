import { describe, expect, it } from "vitest";
import { z } from "zod";
import { applyTemplate, previewTemplate, ZTicketTemplate } from "@/lib/functions/ticket-injection/ticket-template";
import { beneficiaryOf, isMainApplicant, missingHolderFields, ticketPayload, type TInjectionRow } from "./payload";

const contact = (firstName: string, lastName: string, email: string) => ({
  title: null,
  firstName,
  lastName,
  email,
  birthDate: null,
  nationality: null,
  idNumber: null,
  mobilePhone: null,
  countryCode: "CH",
  language: "fr",
  consentInstitutionEmail: true,
  consentThirdPartyEmail: null,
});

const row: TInjectionRow = {
  id: 1,
  taxNumber: "LSE26100001",
  barcode: "BC1",
  priceCents: 4800,
  currency: "CHF",
  gate: "A",
  block: "12",
  row: "3",
  seat: "14",
  holderFirstName: "Anna",
  holderLastName: "Muller",
  holderEmail: "anna@example.ch",
  holderBirthDate: null,
  holderIdNumber: null,
  holderCountryCode: null,
  holderBirthRegion: null,
  holderBirthPlace: null,
  tariff: { code: "FULL", name: "Full price" },
  seatCategory: { code: "CAT1", name: "Category 1" },
  product: { code: "LSE-MATCH", name: "FC Lausanne vs Servette", family: "FOOTBALL" },
  performance: {
    code: "LSE-M1",
    name: "Matchday 14",
    startsAt: new Date("2026-12-05T18:30:00Z"),
    endsAt: null,
    site: {
      name: "Stade",
      city: "Lausanne",
      countryCode: "CH",
      zip: "1018",
      line1: null,
      line2: null,
      line3: null,
      website: null,
    },
  },
  file: {
    number: "LSE26000001",
    purchasedAt: new Date("2026-11-01T10:00:00Z"),
    purchaser: contact("Anna", "Muller", "anna@example.ch"),
  },
  culturalContact: contact("Bob", "Favre", "bob@example.com"),
};

describe("injection payload", () => {
  it("goes to the cultural contact, falling back to the purchaser", () => {
    expect(ticketPayload(row, { mainApplicant: false }).spectatorDetails).toMatchObject({
      firstName: "Bob",
      email: "bob@example.com",
      organizerSpectatorPreference: { allowPromoEmail: true, allowThirdPartyEmail: false },
    });
    expect(ticketPayload({ ...row, culturalContact: null }, { mainApplicant: false }).spectatorDetails.email).toBe(
      "anna@example.ch",
    );
  });

  it("sends mainApplicant only when the holder's names and e-mail equal the buyer's, whatever the cultural contact", () => {
    expect(isMainApplicant(row)).toBe(true);
    expect(ticketPayload(row, { mainApplicant: true }).mainApplicant).toBe(true);
    expect(ticketPayload(row, { mainApplicant: false }).mainApplicant).toBe(false);
    expect(isMainApplicant({ ...row, holderEmail: "other@example.ch" })).toBe(false);
    expect(isMainApplicant({ ...row, holderFirstName: null })).toBe(false);
  });

  it("lists the missing mandatory holder fields", () => {
    expect(missingHolderFields(row, ["FIRSTNAME", "BIRTHDATE", "ID_NUMBER"])).toEqual(["BIRTHDATE", "ID_NUMBER"]);
  });
});

describe("ticket template", () => {
  it("overrides fields with placeholders, and an empty result removes an optional field", () => {
    const template = ZTicketTemplate.parse([
      { field: "seatingDetails.gate", value: "Gate ${ticket.gate} — ${site.name}" },
      { field: "purchaseDetails.category", value: "${ticket.tariffName}" },
      { field: "seatingDetails.seat", value: "" },
    ]);
    const payload = applyTemplate(ticketPayload(row, { mainApplicant: false }), template, row);
    expect(payload.seatingDetails).toEqual({ gate: "Gate A — Stade", block: "12", row: "3" });
    expect(payload.purchaseDetails.category).toBe("Full price");
  });

  it("refuses unknown fields and placeholders", () => {
    const result = ZTicketTemplate.safeParse([
      { field: "security.secret", value: "x" },
      { field: "seatingDetails.gate", value: "${ticket.colour}" },
    ]);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => i.message);
    expect(messages).toEqual([
      expect.stringContaining("Unknown payload field security.secret"),
      "Unknown placeholder(s): ${ticket.colour}.",
    ]);
    expect(z.flattenError(result.error!).formErrors).toEqual([]);
  });

  it("previews on a ticket and reports what would break the contract", () => {
    const preview = previewTemplate(
      ticketPayload(row, { mainApplicant: false }),
      [{ field: "spectatorDetails.email", value: "${ticket.gate}" }],
      row,
    );
    expect(preview.problems).toEqual([expect.stringContaining("spectatorDetails.email")]);
  });
});

describe("the spectator sent", () => {
  it("is the cultural contact, or the purchaser when the cultural contact is a temporary Pending CREATION one", () => {
    const cultural = { ...contact("Eva", "Roth", "eva@example.ch") };
    expect(beneficiaryOf({ ...row, culturalContact: cultural }).firstName).toBe("Eva");
    const placeholder = { ...contact("Pending", "CREATION", "new.fan@example.org"), temporary: true };
    const sent = beneficiaryOf({ ...row, culturalContact: placeholder });
    expect(sent).toBe(row.file.purchaser);
    expect(
      ticketPayload({ ...row, culturalContact: placeholder }, { mainApplicant: true }).spectatorDetails,
    ).toMatchObject({
      firstName: row.file.purchaser.firstName,
    });
  });
});
