// Contact creation & distribution, the pure core: a page of
// transfer changes, the tickets' cultural contacts, the contacts found by
// e-mail and the open PENDING entries → the contact and distribution writes.
import { randomUUID } from "node:crypto";
import type { DistributionStatus } from "@/lib/generated/prisma/enums";
import type { TLifecycleTicket, TSpectatorDetails } from "@/lib/tixngo/contract";

export type TKnownContact = {
  id: string;
  email: string;
  temporary: boolean;
  hasInternetAccount: boolean;
  kind: "INDIVIDUAL" | "RELAY";
  number: number;
};

export type TContactFields = {
  title: string | null;
  firstName: string;
  lastName: string;
  birthDate: Date | null;
  email: string;
  nationality: string | null;
  idNumber: string | null;
  mobilePhone: string | null;
  countryCode: string | null;
  language: string | null;
  consentInstitutionEmail: boolean | null;
  consentThirdPartyEmail: boolean | null;
};

export type TOpenPending = { id: string; ticketId: number; recipientEmail: string };

export type TDistributionPlan = {
  createContacts: (TContactFields & { id: string; temporary: boolean })[];
  updateContacts: { id: string; data: TContactFields }[];
  createEntries: {
    id: string;
    ticketId: number;
    status: DistributionStatus;
    oldContactId: string;
    newContactId: string;
    transferKey: string;
    outcomeKey: string | null;
    occurredAt: Date;
    resolvedAt: Date | null;
    actor: string;
    resolvedBy: string | null;
  }[];
  resolveEntries: {
    id: string;
    status: DistributionStatus;
    newContactId: string;
    resolvedAt: Date;
    outcomeKey: string;
    resolvedBy: string;
  }[];
  culturalContacts: { ticketId: number; contactId: string }[];
};

/** The key naming one change of a ticket's feed: entries are identified by the changes they mimic. */
export function changeKey(change: Pick<TLifecycleTicket, "sequence">): string {
  return `seq:${change.sequence}`;
}

/** Who acted, as the history shows it: the interface on behalf of the TIXNGO actor (a time-out is the system). */
export function actorLabel(actor: TLifecycleTicket["actor"]): string {
  return `TIXNGO (${actor.toLowerCase()})`;
}

const TRANSFER_STATUSES = new Set(["PENDING_TRANSFER", "FAILURE", "FAILURE_TRANSFER", "TRANSFERRED"]);

export function isTransferChange(change: TLifecycleTicket): boolean {
  return TRANSFER_STATUSES.has(change.status) && change.transfer !== undefined;
}

/**
 * Several contacts share an e-mail: the one with an internet account; of two
 * with one, the individual before the relay; then the oldest (lowest number).
 */
export function pickContact(candidates: TKnownContact[]): TKnownContact | undefined {
  return [...candidates].sort(
    (a, b) =>
      Number(b.hasInternetAccount) - Number(a.hasInternetAccount) ||
      Number(a.kind === "RELAY") - Number(b.kind === "RELAY") ||
      a.number - b.number,
  )[0];
}

/** A TIXNGO spectator as an S-360 contact. */
export function contactFieldsOf(details: TSpectatorDetails): TContactFields {
  return {
    title: details.title ?? null,
    firstName: details.firstName,
    lastName: details.lastName,
    birthDate: details.dateOfBirth ? new Date(`${details.dateOfBirth}T00:00:00Z`) : null,
    email: details.email.toLowerCase(),
    nationality: details.nationality ?? null,
    idNumber: details.idCardNumber ?? null,
    mobilePhone: details.phoneNumber ?? null,
    countryCode: details.residenceCountry ?? null,
    language: details.language ?? null,
    consentInstitutionEmail: details.organizerSpectatorPreference?.allowPromoEmail ?? null,
    consentThirdPartyEmail: details.organizerSpectatorPreference?.allowThirdPartyEmail ?? null,
  };
}

function pendingCreation(email: string): TContactFields {
  return {
    title: null,
    firstName: "Pending",
    lastName: "CREATION",
    birthDate: null,
    email,
    nationality: null,
    idNumber: null,
    mobilePhone: null,
    countryCode: null,
    language: null,
    consentInstitutionEmail: null,
    consentThirdPartyEmail: null,
  };
}

const OUTCOME: Record<string, DistributionStatus> = {
  PENDING_TRANSFER: "PENDING",
  FAILURE: "CANCELLED",
  FAILURE_TRANSFER: "CANCELLED",
  TRANSFERRED: "CONFIRMED",
};

/**
 * `changes` are the page's fresh changes (`planStatusUpdates(...).fresh`):
 * a change at or below its ticket's last applied sequence never reaches
 * here, so a replay creates no entry, updates no contact and moves no
 * cultural contact. `existingKeys` recognises an entry by either change it
 * mimics (the start or the outcome of its transfer).
 */
export function planDistribution(input: {
  changes: TLifecycleTicket[];
  /** Ticket id and current cultural contact, by tax number. */
  tickets: Map<string, { id: number; culturalContactId: string | null }>;
  contactsByEmail: Map<string, TKnownContact[]>;
  openPending: TOpenPending[];
  /** "<ticketId>|<changeKey>" of every change already mirrored (an entry's transfer or outcome key). */
  existingKeys: Set<string>;
}): TDistributionPlan {
  const plan: TDistributionPlan = {
    createContacts: [],
    updateContacts: [],
    createEntries: [],
    resolveEntries: [],
    culturalContacts: [],
  };
  const byEmail = new Map(input.contactsByEmail);
  const pending = [...input.openPending];
  const cultural = new Map([...input.tickets.values()].map((t) => [t.id, t.culturalContactId]));

  /** The contact for an e-mail: found (temporary ones updated when details are known) or created. */
  const contactFor = (email: string, details: TSpectatorDetails | null): string => {
    const key = email.toLowerCase();
    const found = pickContact(byEmail.get(key) ?? []);
    const realDetails = details && details.email.toLowerCase() === key ? details : null;
    if (found) {
      // A normal contact is never updated; a temporary one is, once TIXNGO knows who it is.
      if (found.temporary && realDetails) {
        plan.updateContacts.push({ id: found.id, data: contactFieldsOf(realDetails) });
        found.temporary = false;
      }
      return found.id;
    }
    const id = randomUUID();
    const fields = realDetails ? contactFieldsOf(realDetails) : pendingCreation(key);
    plan.createContacts.push({ ...fields, id, temporary: !realDetails });
    byEmail.set(key, [
      {
        id,
        email: key,
        temporary: !realDetails,
        hasInternetAccount: false,
        kind: "INDIVIDUAL",
        number: Number.MAX_SAFE_INTEGER,
      },
    ]);
    return id;
  };

  for (const change of input.changes) {
    if (!isTransferChange(change)) continue;
    const ticket = input.tickets.get(change.taxNumber);
    if (!ticket) continue;
    const transfer = change.transfer!;
    const status = OUTCOME[change.status]!;
    const key = changeKey(change);
    if (input.existingKeys.has(`${ticket.id}|${key}`)) continue; // already mirrored
    const at = new Date(change.statusChangedAt);
    const actor = actorLabel(change.actor);
    // The recipient's details are known once they accepted (they own it now).
    const recipientDetails = change.status === "TRANSFERRED" ? (change.spectatorDetails ?? change.owner) : null;
    const newContactId = contactFor(transfer.recipientEmail, recipientDetails);
    const oldContactId = cultural.get(ticket.id) ?? contactFor(transfer.senderEmail, change.previousOwner ?? null);

    const open = pending.findIndex(
      (p) => p.ticketId === ticket.id && p.recipientEmail.toLowerCase() === transfer.recipientEmail.toLowerCase(),
    );
    if (status === "PENDING") {
      const id = randomUUID();
      plan.createEntries.push({
        id,
        ticketId: ticket.id,
        status,
        oldContactId,
        newContactId,
        transferKey: key,
        outcomeKey: null,
        occurredAt: at,
        resolvedAt: null,
        actor,
        resolvedBy: null,
      });
      pending.push({ id, ticketId: ticket.id, recipientEmail: transfer.recipientEmail });
    } else if (open >= 0) {
      // The PENDING entry is followed by its outcome, not duplicated.
      const entry = pending.splice(open, 1)[0]!;
      const outcome = { status, newContactId, resolvedAt: at, outcomeKey: key, resolvedBy: actor };
      const created = plan.createEntries.find((e) => e.id === entry.id);
      if (created) Object.assign(created, outcome);
      else plan.resolveEntries.push({ id: entry.id, ...outcome });
    } else {
      // The feed started after the transfer began: the outcome alone mimics the transfer.
      plan.createEntries.push({
        id: randomUUID(),
        ticketId: ticket.id,
        status,
        oldContactId,
        newContactId,
        transferKey: key,
        outcomeKey: key,
        occurredAt: at,
        resolvedAt: at,
        actor,
        resolvedBy: actor,
      });
    }
    if (status === "CONFIRMED") {
      cultural.set(ticket.id, newContactId);
      plan.culturalContacts.push({ ticketId: ticket.id, contactId: newContactId });
    }
  }
  return plan;
}
