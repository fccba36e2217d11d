// The simulator's whole state, in memory: organizers (one per API key set),
// their events, tickets, privilege definitions and the change feed. Every
// change to a ticket appends one LifecycleTicket with the ticket's full state.
import { randomBytes } from "node:crypto";
import type { ZodError } from "zod";
import {
  ItemRejection,
  ZEvent,
  ZPrivilege,
  ZPrivilegeDefinition,
  ZTicket,
  type TControlRequest,
  type TDiffResponse,
  type TEvent,
  type TInvalidateRequest,
  type TItemResult,
  type TLifecycleTicket,
  type TPrivilegeDefinition,
  type TSpectatorDetails,
} from "@/lib/tixngo/contract";
import {
  applySpectatorAction,
  organizerControl,
  organizerInvalidate,
  type TSpectatorAction,
  type TTicketState,
} from "./lifecycle";
import { decodePaginationKey, encodePaginationKey } from "./pagination-key";

export type TSimTicket = TTicketState & {
  ticketId: string;
  taxNumber: string;
  eventId: string;
  statusChangedAt: string;
  kind: "TICKET" | "PRIVILEGE";
  /** A card's number (its barcode); the feed carries it beside the tax number. */
  cardNumber?: string;
  invalidation?: { reason: string; showDeletedTicket: boolean };
};

type TOrganizer = {
  id: string;
  events: Map<string, TEvent>;
  definitions: Map<string, TPrivilegeDefinition>;
  tickets: Map<string, TSimTicket>;
  /** Oldest first; sequences increase (they are global across organizers). */
  changes: TLifecycleTicket[];
};

export type TSimSnapshot = {
  version: 1;
  secret: string;
  sequence: number;
  keys: [string, string][];
  organizers: {
    id: string;
    events: TEvent[];
    definitions: TPrivilegeDefinition[];
    tickets: TSimTicket[];
    changes: TLifecycleTicket[];
  }[];
  pendingDeletions: TPendingDeletion[];
};

type TPendingDeletion = { organizer: string; ticketId: string; at: number };

export type TActionOutcome = { ok: true; change: TLifecycleTicket } | { ok: false; status: 404 | 409; reason: string };

export type TDiffOutcome = { ok: true; page: TDiffResponse } | { ok: false; reason: "INVALID_PAGINATION_KEY" };

export class SimState {
  private secret: string;
  private sequence = 0;
  private readonly keys = new Map<string, string>();
  private readonly organizers = new Map<string, TOrganizer>();
  /** FIFO: one fixed delay, so the earliest due is always first. */
  private pendingDeletions: TPendingDeletion[] = [];
  private dirty = false;

  constructor(
    private readonly options: { deletionDelayMs: number; now?: () => number },
    snapshot?: TSimSnapshot,
  ) {
    this.secret = snapshot?.secret ?? randomBytes(24).toString("base64url");
    if (snapshot) this.restore(snapshot);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  // ─── Keys and organizers ───────────────────────────────────────────────

  addKey(organizerId: string, key: string): void {
    this.keys.set(key, organizerId);
    this.organizer(organizerId);
    this.dirty = true;
  }

  revokeKey(key: string): boolean {
    this.dirty = true;
    return this.keys.delete(key);
  }

  organizerIdForKey(key: string | undefined): string | undefined {
    return key ? this.keys.get(key) : undefined;
  }

  listKeys(): { organizer: string; key: string }[] {
    return [...this.keys].map(([key, organizer]) => ({ organizer, key }));
  }

  organizerIds(): string[] {
    return [...this.organizers.keys()];
  }

  private organizer(id: string): TOrganizer {
    let org = this.organizers.get(id);
    if (!org) {
      org = { id, events: new Map(), definitions: new Map(), tickets: new Map(), changes: [] };
      this.organizers.set(id, org);
    }
    return org;
  }

  /** Drops every organizer's data; keys stay unless `keepKeys` is false. */
  reset(keepKeys = true): void {
    this.organizers.clear();
    this.pendingDeletions = [];
    this.sequence = 0;
    if (!keepKeys) this.keys.clear();
    for (const organizer of this.keys.values()) this.organizer(organizer);
    this.dirty = true;
  }

  // ─── Events and privilege definitions ──────────────────────────────────

  getEvent(organizerId: string, eventId: string): TEvent | undefined {
    return this.organizer(organizerId).events.get(eventId);
  }

  putEvent(organizerId: string, event: TEvent): { created: boolean } {
    const events = this.organizer(organizerId).events;
    const created = !events.has(event.id);
    events.set(event.id, event);
    this.dirty = true;
    return { created };
  }

  putDefinition(organizerId: string, definition: TPrivilegeDefinition): { created: boolean } {
    const definitions = this.organizer(organizerId).definitions;
    const created = !definitions.has(definition.id);
    definitions.set(definition.id, definition);
    this.dirty = true;
    return { created };
  }

  // ─── Organizer API ─────────────────────────────────────────────────────

  injectTickets(organizerId: string, items: unknown[]): TItemResult[] {
    const org = this.organizer(organizerId);
    return items.map((item, index) => {
      const parsed = ZTicket.safeParse(item);
      const id = idOf(item, "ticketId", index);
      if (!parsed.success) return rejected(id, ItemRejection.INVALID, describe(parsed.error));
      const ticket = parsed.data;
      if (org.tickets.has(ticket.ticketId))
        return rejected(id, ItemRejection.ALREADY_INJECTED, "This ticketId was injected before.");
      if (!org.events.has(ticket.event.id))
        return rejected(id, ItemRejection.EVENT_NOT_FOUND, `Event ${ticket.event.id} does not exist: PUT it first.`);
      this.insertTicket(org, {
        ticketId: ticket.ticketId,
        taxNumber: ticket.purchaseDetails.taxNumber,
        eventId: ticket.event.id,
        kind: "TICKET",
        holder: ticket.spectatorDetails,
      });
      return { id, status: "ACCEPTED" };
    });
  }

  injectPrivileges(organizerId: string, items: unknown[]): TItemResult[] {
    const org = this.organizer(organizerId);
    return items.map((item, index) => {
      const parsed = ZPrivilege.safeParse(item);
      const id = idOf(item, "privilegeId", index);
      if (!parsed.success) return rejected(id, ItemRejection.INVALID, describe(parsed.error));
      const privilege = parsed.data;
      if (org.tickets.has(privilege.privilegeId))
        return rejected(id, ItemRejection.ALREADY_INJECTED, "This privilegeId was injected before.");
      if (!org.definitions.has(privilege.definitionId)) {
        return rejected(
          id,
          ItemRejection.DEFINITION_NOT_FOUND,
          `Privilege definition ${privilege.definitionId} does not exist: PUT it first.`,
        );
      }
      this.insertTicket(org, {
        // The privilegeId is the S-360 tax number, as a ticket's ticketId is; the card number is not.
        ticketId: privilege.privilegeId,
        taxNumber: privilege.privilegeId,
        cardNumber: privilege.cardNumber,
        eventId: privilege.definitionId,
        kind: "PRIVILEGE",
        holder: privilege.holder,
      });
      return { id, status: "ACCEPTED" };
    });
  }

  /** Creates a ticket as INJECTED (addressed to `holder`, in no wallet yet). */
  insertTicket(
    org: TOrganizer | string,
    fields: {
      ticketId: string;
      taxNumber: string;
      eventId: string;
      kind: "TICKET" | "PRIVILEGE";
      cardNumber?: string;
      holder: TSpectatorDetails;
    },
  ): TSimTicket {
    const organizer = typeof org === "string" ? this.organizer(org) : org;
    const ticket: TSimTicket = {
      ...fields,
      status: "INJECTED",
      statusChangedAt: new Date(this.now()).toISOString(),
      owner: null,
      transferable: fields.kind === "TICKET",
    };
    organizer.tickets.set(ticket.ticketId, ticket);
    this.record(organizer, ticket, "S360");
    return ticket;
  }

  invalidate(organizerId: string, request: TInvalidateRequest): TItemResult[] {
    const org = this.organizer(organizerId);
    return request.tickets.map((item) => {
      const ticket = org.tickets.get(item.ticketId);
      if (!ticket) return rejected(item.ticketId, ItemRejection.NOT_FOUND, "Unknown ticketId.");
      const result = organizerInvalidate(ticket);
      ticket.invalidation = { reason: item.reason, showDeletedTicket: item.showDeletedTicket };
      if (result.changed) {
        Object.assign(ticket, result.state);
        this.record(org, ticket, "S360");
        this.pendingDeletions.push({
          organizer: organizerId,
          ticketId: ticket.ticketId,
          at: this.now() + this.options.deletionDelayMs,
        });
      }
      return { id: item.ticketId, status: "ACCEPTED" };
    });
  }

  control(organizerId: string, request: TControlRequest): TItemResult[] {
    const org = this.organizer(organizerId);
    return request.tickets.map((item) => {
      const ticket = org.tickets.get(item.ticketId);
      if (!ticket) return rejected(item.ticketId, ItemRejection.NOT_FOUND, "Unknown ticketId.");
      const result = organizerControl(ticket);
      if (!result.ok) return rejected(item.ticketId, ItemRejection.DELETED, "A deleted ticket cannot be controlled.");
      if (result.changed) {
        Object.assign(ticket, result.state);
        this.record(org, ticket, "S360", item.controlledAt);
      }
      return { id: item.ticketId, status: "ACCEPTED" };
    });
  }

  /** Every change after the key, oldest first; reading never consumes the key. */
  diff(organizerId: string, paginationKey: string | undefined, limit: number): TDiffOutcome {
    this.confirmDeletions();
    let after = 0;
    if (paginationKey !== undefined) {
      const decoded = decodePaginationKey(this.secret, organizerId, paginationKey);
      if (decoded === null) return { ok: false, reason: "INVALID_PAGINATION_KEY" };
      after = decoded;
    }
    const changes = this.organizer(organizerId).changes;
    const start = firstAfter(changes, after);
    const tickets = changes.slice(start, start + limit);
    const last = tickets.at(-1)?.sequence ?? after;
    return {
      ok: true,
      page: {
        tickets,
        nextPageKey: encodePaginationKey(this.secret, organizerId, last),
        hasMore: start + tickets.length < changes.length,
      },
    };
  }

  // ─── Spectator actions (the mobile app, played from /_sim) ─────────────

  spectatorAction(organizerId: string, ticketId: string, action: TSpectatorAction): TActionOutcome {
    this.confirmDeletions();
    const org = this.organizer(organizerId);
    const ticket = org.tickets.get(ticketId);
    if (!ticket) return { ok: false, status: 404, reason: `Unknown ticket ${ticketId}.` };
    const result = applySpectatorAction(ticket, action);
    if (!result.ok) return { ok: false, status: 409, reason: result.reason };
    Object.assign(ticket, result.state);
    return { ok: true, change: this.record(org, ticket, result.actor) };
  }

  /** Turns DELETION_PENDING into DELETED once the (simulated) deletion is confirmed. */
  confirmDeletions(): number {
    const now = this.now();
    let done = 0;
    while (this.pendingDeletions.length > 0 && this.pendingDeletions[0]!.at <= now) {
      const due = this.pendingDeletions.shift()!;
      const org = this.organizer(due.organizer);
      const ticket = org.tickets.get(due.ticketId);
      if (ticket?.status === "DELETION_PENDING") {
        ticket.status = "DELETED";
        this.record(org, ticket, "SYSTEM");
        done++;
      }
    }
    return done;
  }

  // ─── Reading for the console and tests ─────────────────────────────────

  getTicket(organizerId: string, ticketId: string): TSimTicket | undefined {
    return this.organizer(organizerId).tickets.get(ticketId);
  }

  overview(organizerId: string, limit = 200) {
    const org = this.organizer(organizerId);
    return {
      organizer: organizerId,
      counts: { events: org.events.size, tickets: org.tickets.size, changes: org.changes.length },
      events: [...org.events.values()].slice(-limit),
      definitions: [...org.definitions.values()].slice(-limit),
      tickets: [...org.tickets.values()].slice(-limit).reverse(),
      changes: org.changes.slice(-limit).reverse(),
    };
  }

  /** For bulk generation: the ticket map of an organizer. */
  ticketsOf(organizerId: string): Map<string, TSimTicket> {
    return this.organizer(organizerId).tickets;
  }

  // ─── The change feed ───────────────────────────────────────────────────

  private record(org: TOrganizer, ticket: TSimTicket, actor: TLifecycleTicket["actor"], at?: string): TLifecycleTicket {
    const statusChangedAt = at ?? new Date(this.now()).toISOString();
    ticket.statusChangedAt = statusChangedAt;
    const change: TLifecycleTicket = {
      sequence: ++this.sequence,
      ticketId: ticket.ticketId,
      taxNumber: ticket.taxNumber,
      eventId: ticket.eventId,
      status: ticket.status,
      statusChangedAt,
      actor,
      owner: ticket.owner,
      spectatorDetails: ticket.holder,
    };
    if (ticket.cardNumber) change.cardNumber = ticket.cardNumber;
    if (ticket.activationMethod && ticket.status.endsWith("ACTIVATED"))
      change.activationMethod = ticket.activationMethod;
    if (ticket.previousOwner) change.previousOwner = ticket.previousOwner;
    if (ticket.transfer) change.transfer = { ...ticket.transfer };
    org.changes.push(change);
    this.dirty = true;
    return change;
  }

  // ─── Snapshot ──────────────────────────────────────────────────────────

  takeDirty(): boolean {
    const was = this.dirty;
    this.dirty = false;
    return was;
  }

  snapshot(): TSimSnapshot {
    return {
      version: 1,
      secret: this.secret,
      sequence: this.sequence,
      keys: [...this.keys],
      organizers: [...this.organizers.values()].map((org) => ({
        id: org.id,
        events: [...org.events.values()],
        definitions: [...org.definitions.values()],
        tickets: [...org.tickets.values()],
        changes: org.changes,
      })),
      pendingDeletions: this.pendingDeletions,
    };
  }

  private restore(snapshot: TSimSnapshot): void {
    this.sequence = snapshot.sequence;
    for (const [key, organizer] of snapshot.keys) this.keys.set(key, organizer);
    for (const saved of snapshot.organizers) {
      const org = this.organizer(saved.id);
      for (const event of saved.events) org.events.set(event.id, ZEvent.parse(event));
      for (const definition of saved.definitions)
        org.definitions.set(definition.id, ZPrivilegeDefinition.parse(definition));
      for (const ticket of saved.tickets) org.tickets.set(ticket.ticketId, ticket);
      org.changes = saved.changes;
    }
    this.pendingDeletions = snapshot.pendingDeletions;
  }
}

function firstAfter(changes: TLifecycleTicket[], sequence: number): number {
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (changes[mid]!.sequence <= sequence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function idOf(item: unknown, field: string, index: number): string {
  if (item && typeof item === "object" && field in item) {
    const value = (item as Record<string, unknown>)[field];
    if (typeof value === "string" && value !== "") return value;
  }
  return `#${index}`;
}

function rejected(id: string, reason: string, message: string): TItemResult {
  return { id, status: "REJECTED", reason, message };
}

function describe(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(item)"}: ${issue.message}`).join("; ");
}
