// Load for benchmarks and reliability tests: M injected tickets and N changes
// in total, walking each ticket through realistic lifecycle steps.
import { z } from "zod";
import type { TSpectatorDetails } from "@/lib/tixngo/contract";
import { ALLOWED_FROM, type TSpectatorAction } from "./lifecycle";
import type { SimState } from "./state";

export const ZBulkRequest = z.object({
  organizer: z.string().min(1),
  tickets: z.number().int().min(1).max(1_000_000),
  changes: z.number().int().min(1).max(5_000_000),
  eventId: z.string().min(1).default("BULK-EVENT"),
  seed: z.number().int().default(1),
  /** Weight of "transfer" among a ticket's next actions (2: about 18 % of changes belong to a transfer). */
  transferWeight: z.number().min(0).max(100).default(2),
  /** Prefix of generated ticket ids (so several bulks do not collide). */
  prefix: z
    .string()
    .regex(/^[A-Za-z0-9-]*$/)
    .default("BULK"),
});
export type TBulkRequest = z.input<typeof ZBulkRequest>;

const FIRST = ["Anna", "Luca", "Sofia", "Noah", "Lea", "Elias", "Mia", "Louis", "Emma", "Jonas"];
const LAST = ["Muller", "Favre", "Rossi", "Meier", "Dubois", "Keller", "Bianchi", "Weber", "Morel", "Schmid"];

/** Deterministic numbers in [0, 1) (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateBulk(state: SimState, raw: TBulkRequest): { tickets: number; changes: number; ms: number } {
  const input = ZBulkRequest.parse(raw);
  const started = performance.now();
  const random = seededRandom(input.seed);
  // A pool of spectators shared by reference keeps a million changes small in memory.
  const people: TSpectatorDetails[] = Array.from({ length: 500 }, (_, i) => ({
    firstName: FIRST[i % FIRST.length]!,
    lastName: LAST[Math.floor(i / FIRST.length) % LAST.length]!,
    email: `fan${i}@bulk.example`,
    organizerSpectatorPreference: { allowPromoEmail: i % 3 === 0, allowThirdPartyEmail: i % 7 === 0 },
  }));
  const person = () => people[Math.floor(random() * people.length)]!;

  if (!state.getEvent(input.organizer, input.eventId)) {
    state.putEvent(input.organizer, {
      id: input.eventId,
      name: "Bulk load event",
      startTime: new Date(Date.now() + 86_400_000).toISOString(),
      address: { site: "Load Arena", city: "Lausanne", countryCode: "CH", zip: "1000" },
    });
  }
  const ids: string[] = [];
  const existing = state.ticketsOf(input.organizer).size;
  const ticketCount = Math.min(input.tickets, input.changes);
  for (let i = 0; i < ticketCount; i++) {
    const ticketId = `${input.prefix}${existing + i + 1}`;
    state.insertTicket(input.organizer, {
      ticketId,
      taxNumber: ticketId,
      eventId: input.eventId,
      kind: "TICKET",
      holder: person(),
    });
    ids.push(ticketId);
  }
  let changes = ticketCount;
  const tickets = state.ticketsOf(input.organizer);
  // Tickets that can still change; a CONTROLLED one leaves the walk.
  const live = [...ids];
  let attempts = 0;
  while (changes < input.changes && live.length > 0 && attempts < input.changes * 10) {
    attempts++;
    const slot = Math.floor(random() * live.length);
    const id = live[slot]!;
    const ticket = tickets.get(id)!;
    const action = nextAction(ticket.status, ticket.transfer?.recipientEmail, random, person, input.transferWeight);
    if (!action) {
      live[slot] = live[live.length - 1]!;
      live.pop();
      continue;
    }
    if (state.spectatorAction(input.organizer, id, action).ok) changes++;
  }
  return { tickets: ticketCount, changes, ms: Math.round(performance.now() - started) };
}

// Weighted choice among the actions the ticket's status allows; undefined only
// when none is (CONTROLLED, DELETED…).
function nextAction(
  status: string,
  recipientEmail: string | undefined,
  random: () => number,
  person: () => TSpectatorDetails,
  transferWeight: number,
): TSpectatorAction | undefined {
  const can = (type: TSpectatorAction["type"]) => (ALLOWED_FROM[type] as string[]).includes(status);
  const weighted: [number, () => TSpectatorAction][] = [];
  if (can("download")) weighted.push([1, () => ({ type: "download" })]);
  if (can("assign")) weighted.push([3, () => ({ type: "assign", holder: person() })]);
  if (can("transfer") && transferWeight > 0)
    weighted.push([transferWeight, () => ({ type: "transfer", recipientEmail: person().email })]);
  if (can("accept") && recipientEmail) {
    weighted.push([6, () => ({ type: "accept", recipient: { ...person(), email: recipientEmail } })]);
    weighted.push([2, () => ({ type: "reject" })], [1, () => ({ type: "cancel" })], [1, () => ({ type: "timeout" })]);
  }
  if (can("activate"))
    weighted.push([
      4,
      () => ({ type: "activate", method: (["BT", "MANUAL", "OFFLINE", "ONLINE"] as const)[Math.floor(random() * 4)]! }),
    ]);
  // Controls end a ticket's walk: rare, so tickets live through several activations.
  if (can("deactivate")) weighted.push([9, () => ({ type: "deactivate" })]);
  if (can("control")) weighted.push([1, () => ({ type: "control" })]);
  const total = weighted.reduce((sum, [w]) => sum + w, 0);
  let roll = random() * total;
  for (const [weight, make] of weighted) {
    roll -= weight;
    if (roll < 0) return make();
  }
  return undefined;
}
