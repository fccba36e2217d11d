// Contact creation and distribution, rule by rule: which changes are
// transfers, which contact an e-mail means, which details reach a contact,
// and how several transfers in one page chain and resolve.
import { describe, expect, it } from "vitest";
import type { TLifecycleTicket, TSpectatorDetails } from "@/lib/tixngo/contract";
import {
  actorLabel,
  contactFieldsOf,
  isTransferChange,
  pickContact,
  planDistribution,
  type TKnownContact,
} from "./distribution";

const anna = { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" };
const bob = { firstName: "Bob", lastName: "Favre", email: "Bob@Example.com" };
const carla = { firstName: "Carla", lastName: "Neu", email: "carla@example.org" };

type TStatus = "PENDING_TRANSFER" | "FAILURE" | "FAILURE_TRANSFER" | "TRANSFERRED";
const TRANSFER_STATUS = {
  PENDING_TRANSFER: "PENDING",
  FAILURE: "TIMED_OUT",
  FAILURE_TRANSFER: "REJECTED",
  TRANSFERRED: "ACCEPTED",
} as const;

function change(
  sequence: number,
  status: TStatus,
  from: TSpectatorDetails,
  to: TSpectatorDetails,
  taxNumber = "T1",
): TLifecycleTicket {
  const accepted = status === "TRANSFERRED";
  return {
    sequence,
    ticketId: taxNumber,
    taxNumber,
    eventId: "E",
    status,
    statusChangedAt: `2026-11-20T10:${String(sequence).padStart(2, "0")}:00Z`,
    actor: status === "FAILURE" ? "SYSTEM" : "MOBILE",
    owner: accepted ? to : from,
    spectatorDetails: accepted ? to : from,
    previousOwner: accepted ? from : undefined,
    transfer: { senderEmail: from.email, recipientEmail: to.email, status: TRANSFER_STATUS[status] },
  };
}
const known = (id: string, email: string, extra: Partial<TKnownContact> = {}): TKnownContact => ({
  id,
  email,
  temporary: false,
  hasInternetAccount: false,
  kind: "INDIVIDUAL",
  number: 1,
  ...extra,
});
const plan = (
  changes: TLifecycleTicket[],
  options: {
    tickets?: [string, { id: number; culturalContactId: string | null }][];
    contacts?: TKnownContact[];
    openPending?: { id: string; ticketId: number; recipientEmail: string }[];
  } = {},
) => {
  const contactsByEmail = new Map<string, TKnownContact[]>();
  for (const c of options.contacts ?? []) contactsByEmail.set(c.email, [...(contactsByEmail.get(c.email) ?? []), c]);
  return planDistribution({
    changes,
    tickets: new Map(options.tickets ?? [["T1", { id: 1, culturalContactId: "c-anna" }]]),
    contactsByEmail,
    openPending: options.openPending ?? [],
    existingKeys: new Set(),
  });
};

describe("what is a transfer", () => {
  it("a transfer status with its transfer block; nothing else", () => {
    for (const status of ["PENDING_TRANSFER", "FAILURE", "FAILURE_TRANSFER", "TRANSFERRED"] as const)
      expect(isTransferChange(change(1, status, anna, bob)), status).toBe(true);
    expect(isTransferChange({ ...change(1, "TRANSFERRED", anna, bob), transfer: undefined })).toBe(false);
    expect(isTransferChange({ ...change(1, "TRANSFERRED", anna, bob), status: "DOWNLOADED" })).toBe(false);
  });

  it("names who acted as the history shows it", () => {
    expect(actorLabel("SYSTEM")).toBe("TIXNGO (system)");
  });
});

describe("which contact an e-mail means", () => {
  it("without internet accounts, the individual before the relay, whichever comes first", () => {
    const relay = known("relay", "x@y.ch", { kind: "RELAY" });
    const person = known("person", "x@y.ch", { number: 9 });
    expect(pickContact([relay, person])?.id).toBe("person");
    expect(pickContact([person, relay])?.id).toBe("person");
    expect(pickContact([])).toBeUndefined();
  });
});

describe("contact details from TIXNGO", () => {
  it("every field mapped, the e-mail in lower case", () => {
    expect(
      contactFieldsOf({
        title: "Dr",
        firstName: "Bob",
        lastName: "Favre",
        email: "Bob@Example.com",
        dateOfBirth: "1990-04-02",
        nationality: "CH",
        idCardNumber: "X1",
        phoneNumber: "+41 79",
        residenceCountry: "FR",
        language: "fr",
        organizerSpectatorPreference: { allowPromoEmail: false, allowThirdPartyEmail: true },
      }),
    ).toEqual({
      title: "Dr",
      firstName: "Bob",
      lastName: "Favre",
      birthDate: new Date("1990-04-02T00:00:00Z"),
      email: "bob@example.com",
      nationality: "CH",
      idNumber: "X1",
      mobilePhone: "+41 79",
      countryCode: "FR",
      language: "fr",
      consentInstitutionEmail: false,
      consentThirdPartyEmail: true,
    });
  });

  it("what TIXNGO does not know stays unknown (null), consents included", () => {
    expect(contactFieldsOf(bob)).toEqual({
      title: null,
      firstName: "Bob",
      lastName: "Favre",
      birthDate: null,
      email: "bob@example.com",
      nationality: null,
      idNumber: null,
      mobilePhone: null,
      countryCode: null,
      language: null,
      consentInstitutionEmail: null,
      consentThirdPartyEmail: null,
    });
  });
});

describe("distribution plan", () => {
  it("changes of tickets outside the organization, and changes that are not transfers, are left alone", () => {
    const empty = {
      createContacts: [],
      updateContacts: [],
      createEntries: [],
      resolveEntries: [],
      culturalContacts: [],
    };
    expect(plan([change(1, "TRANSFERRED", anna, bob, "OTHER")])).toEqual(empty);
    expect(plan([{ ...change(1, "TRANSFERRED", anna, bob), status: "ACTIVATED" }])).toEqual(empty);
  });

  it("an organizer time-out (FAILURE) cancels the transfer", () => {
    const result = plan([change(1, "FAILURE", anna, bob)], { contacts: [known("c-bob", "bob@example.com")] });
    expect(result.createEntries).toEqual([
      expect.objectContaining({ status: "CANCELLED", newContactId: "c-bob", actor: "TIXNGO (system)" }),
    ]);
    expect(result.culturalContacts).toEqual([]);
  });

  it("a temporary contact keeps waiting when the details are not the recipient's", () => {
    const temp = known("c-temp", "bob@example.com", { temporary: true });
    // A PENDING transfer carries the sender's details, not the recipient's.
    const pending = plan([change(1, "PENDING_TRANSFER", anna, bob)], { contacts: [temp] });
    expect(pending.updateContacts).toEqual([]);
    expect(pending.createEntries).toEqual([expect.objectContaining({ newContactId: "c-temp" })]);
    // An accepted transfer whose owner is someone else (TIXNGO matched another e-mail): not this contact's details.
    const other = plan([{ ...change(2, "TRANSFERRED", anna, bob), owner: carla, spectatorDetails: carla }], {
      contacts: [temp],
    });
    expect(other.updateContacts).toEqual([]);
  });

  it("a recipient seen twice in a page is created once, then found", () => {
    const result = plan([change(1, "TRANSFERRED", anna, bob, "T1"), change(2, "TRANSFERRED", anna, bob, "T2")], {
      tickets: [
        ["T1", { id: 1, culturalContactId: "c-anna" }],
        ["T2", { id: 2, culturalContactId: "c-anna" }],
      ],
    });
    expect(result.createContacts).toEqual([expect.objectContaining({ email: "bob@example.com", temporary: false })]);
    const bobId = result.createContacts[0]!.id;
    expect(result.updateContacts).toEqual([]);
    expect(result.culturalContacts).toEqual([
      { ticketId: 1, contactId: bobId },
      { ticketId: 2, contactId: bobId },
    ]);
  });

  it("a pending recipient created in a page is completed once they accept in the same page", () => {
    const result = plan([change(1, "PENDING_TRANSFER", anna, bob), change(2, "TRANSFERRED", anna, bob)]);
    expect(result.createContacts).toEqual([expect.objectContaining({ firstName: "Pending", temporary: true })]);
    expect(result.updateContacts).toEqual([
      { id: result.createContacts[0]!.id, data: expect.objectContaining({ firstName: "Bob", lastName: "Favre" }) },
    ]);
    expect(result.createEntries).toEqual([
      expect.objectContaining({
        status: "CONFIRMED",
        transferKey: "seq:1",
        outcomeKey: "seq:2",
        resolvedAt: new Date("2026-11-20T10:02:00Z"),
      }),
    ]);
  });

  it("a ticket without a cultural contact starts from the sender, known from the previous owner", () => {
    const result = plan([change(1, "TRANSFERRED", anna, bob)], {
      tickets: [["T1", { id: 1, culturalContactId: null }]],
    });
    const sender = result.createContacts.find((c) => c.email === "anna@example.ch");
    expect(sender).toMatchObject({ firstName: "Anna", temporary: false });
    expect(result.createEntries).toEqual([expect.objectContaining({ oldContactId: sender!.id })]);
  });

  it("transfers chain within a page: the second starts from the first one's recipient", () => {
    const result = plan([change(1, "TRANSFERRED", anna, bob), change(2, "TRANSFERRED", bob, carla)], {
      contacts: [known("c-bob", "bob@example.com"), known("c-carla", "carla@example.org")],
    });
    expect(result.createEntries.map((e) => [e.oldContactId, e.newContactId])).toEqual([
      ["c-anna", "c-bob"],
      ["c-bob", "c-carla"],
    ]);
    expect(result.culturalContacts.at(-1)).toEqual({ ticketId: 1, contactId: "c-carla" });
  });

  it("an outcome resolves only its own ticket's PENDING entry to the same recipient", () => {
    const contacts = [known("c-bob", "bob@example.com"), known("c-carla", "carla@example.org")];
    const openPending = [
      { id: "other-ticket", ticketId: 2, recipientEmail: "bob@example.com" },
      { id: "other-recipient", ticketId: 1, recipientEmail: "carla@example.org" },
      { id: "this-one", ticketId: 1, recipientEmail: "BOB@example.com" },
    ];
    const result = plan([change(3, "FAILURE_TRANSFER", anna, bob)], { contacts, openPending });
    expect(result.resolveEntries).toEqual([expect.objectContaining({ id: "this-one", status: "CANCELLED" })]);
    expect(result.createEntries).toEqual([]);
  });

  it("two transfers opened in a page each get their own outcome", () => {
    const tickets: [string, { id: number; culturalContactId: string | null }][] = [
      ["T1", { id: 1, culturalContactId: "c-anna" }],
      ["T2", { id: 2, culturalContactId: "c-anna" }],
    ];
    const result = plan(
      [
        change(1, "PENDING_TRANSFER", anna, bob, "T1"),
        change(2, "PENDING_TRANSFER", anna, carla, "T2"),
        change(3, "FAILURE_TRANSFER", anna, carla, "T2"),
        change(4, "TRANSFERRED", anna, bob, "T1"),
      ],
      { tickets, contacts: [known("c-bob", "bob@example.com"), known("c-carla", "carla@example.org")] },
    );
    expect(result.createEntries.map((e) => [e.ticketId, e.status, e.newContactId])).toEqual([
      [1, "CONFIRMED", "c-bob"],
      [2, "CANCELLED", "c-carla"],
    ]);
  });
});
