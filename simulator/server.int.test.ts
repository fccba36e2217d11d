import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ZDiffResponse, type TLifecycleTicket, type TTicketInput } from "@/lib/tixngo/contract";
import { startSimulator, type TSimulator } from "./server";

// Responses are asserted field by field, including malformed ones on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TJson = any;

const KEY = "key-lse-0001";
const OTHER_KEY = "key-gva-0001";

let sim: TSimulator;
let api: string;

async function call(method: string, route: string, body?: unknown, key: string | null = KEY) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key) headers["x-tixngo-key"] = key;
  const res = await fetch(`${api}${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as TJson) : undefined };
}

async function simAction(ticketId: string, action: string, body: unknown = {}, organizer = "LSE") {
  const res = await fetch(`${sim.url}/_sim/organizers/${organizer}/tickets/${ticketId}/${action}`, {
    method: "POST",
    headers: { "x-sim-token": sim.adminToken, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as TJson };
}

async function simControl(method: string, route: string, body?: unknown) {
  const res = await fetch(`${sim.url}/_sim/${route}`, {
    method,
    headers: { "x-sim-token": sim.adminToken, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as TJson };
}

const EVENT = {
  id: "M1",
  name: "FC Lausanne vs Servette",
  startTime: "2026-12-01T19:30:00+01:00",
  address: { site: "Stade de la Tuilière", city: "Lausanne", countryCode: "CH", zip: "1018" },
};

function ticket(id: string, overrides: Partial<TTicketInput> = {}): TTicketInput {
  return {
    ticketId: id,
    event: { id: "M1" },
    purchaseDetails: {
      fileNumber: "F1",
      taxNumber: id,
      purchaseDate: "2026-11-01T10:00:00Z",
      price: 48,
      currency: "CHF",
      category: "CAT1",
    },
    security: { barcode: `BC${id}` },
    spectatorDetails: { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" },
    ...overrides,
  };
}

async function feed(key = KEY): Promise<TLifecycleTicket[]> {
  const res = await call("GET", "tickets/diff?limit=10000", undefined, key);
  return ZDiffResponse.parse(res.body).tickets;
}

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    quiet: true,
    deletionDelayMs: 150,
    keys: [
      ["LSE", KEY],
      ["GVA", OTHER_KEY],
    ],
  });
  api = `${sim.url}/v3/organizer/`;
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  await simControl("DELETE", "faults");
});

describe("authentication", () => {
  it("answers 401 without a key, with a wrong key and with a revoked key", async () => {
    expect((await call("GET", "tickets/diff", undefined, null)).status).toBe(401);
    expect((await call("GET", "tickets/diff", undefined, "nope-nope")).body.error.code).toBe("UNAUTHORIZED");
    await simControl("POST", "keys", { organizer: "LSE", key: "temporary-key" });
    expect((await call("GET", "tickets/diff", undefined, "temporary-key")).status).toBe(200);
    await simControl("DELETE", "keys/temporary-key");
    expect((await call("GET", "tickets/diff", undefined, "temporary-key")).status).toBe(401);
  });

  it("protects /_sim with the admin token", async () => {
    const res = await fetch(`${sim.url}/_sim/faults`);
    expect(res.status).toBe(401);
  });
});

describe("events", () => {
  it("creates with 201, updates with 200, reads back; 404 when unknown", async () => {
    expect((await call("GET", "events/M1")).status).toBe(404);
    expect((await call("PUT", "events/M1", EVENT)).status).toBe(201);
    expect((await call("PUT", "events/M1", { ...EVENT, name: "Renamed" })).status).toBe(200);
    expect((await call("GET", "events/M1")).body.name).toBe("Renamed");
    await call("PUT", "events/M1", EVENT);
    // Organizers do not see each other's events.
    expect((await call("GET", "events/M1", undefined, OTHER_KEY)).status).toBe(404);
  });

  it("refuses a broken body with the path of each problem", async () => {
    const res = await call("PUT", "events/M2", {
      ...EVENT,
      id: "M2",
      address: { site: "x", city: "y", countryCode: "CHE" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("INVALID_REQUEST");
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "address.countryCode",
      "address.zip",
    ]);
    expect((await call("PUT", "events/M3", EVENT)).body.error.message).toMatch(/differs/);
    expect((await call("PUT", "events/M1", "{not json")).body.error.code).toBe("INVALID_JSON");
  });
});

describe("ticket injection", () => {
  it("answers per item: accepted, duplicate, invalid and unknown event", async () => {
    const res = await call("POST", "tickets", {
      tickets: [
        ticket("INJ-1"),
        ticket("INJ-1"),
        ticket("INJ-2", { spectatorDetails: { firstName: "A".repeat(51), lastName: "B", email: "b@example.com" } }),
        { ticketId: "INJ-3" },
        ticket("INJ-4", { event: { id: "NOPE" } }),
        ticket("bad#id"),
      ],
    });
    expect(res.status).toBe(200);
    expect(
      res.body.results.map((r: { id: string; status: string; reason?: string }) => [r.id, r.status, r.reason]),
    ).toEqual([
      ["INJ-1", "ACCEPTED", undefined],
      ["INJ-1", "REJECTED", "ALREADY_INJECTED"],
      ["INJ-2", "REJECTED", "INVALID"],
      ["INJ-3", "REJECTED", "INVALID"],
      ["INJ-4", "REJECTED", "EVENT_NOT_FOUND"],
      ["bad#id", "REJECTED", "INVALID"],
    ]);
    expect(res.body.results[2].message).toMatch(/spectatorDetails.firstName/);
    const injected = (await feed()).filter((c) => c.ticketId === "INJ-1");
    expect(injected).toHaveLength(1);
    expect(injected[0]).toMatchObject({
      status: "INJECTED",
      actor: "S360",
      owner: null,
      spectatorDetails: { email: "anna@example.ch" },
    });
  });

  it("refuses an empty or oversized batch whole", async () => {
    expect((await call("POST", "tickets", { tickets: [] })).status).toBe(400);
    const big = Array.from({ length: 1001 }, (_, i) => ticket(`BIG-${i}`));
    const res = await call("POST", "tickets", { tickets: big });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe("tickets");
  });
});

describe("invalidation and control", () => {
  it("invalidates to DELETION_PENDING, then DELETED once confirmed", async () => {
    await call("POST", "tickets", { tickets: [ticket("DEL-1")] });
    const res = await call("POST", "tickets/invalidate", {
      tickets: [
        { ticketId: "DEL-1", reason: "CANCELLED", showDeletedTicket: true },
        { ticketId: "NOPE-1", reason: "RESALE", showDeletedTicket: false },
      ],
    });
    expect(res.body.results).toEqual([
      { id: "DEL-1", status: "ACCEPTED" },
      { id: "NOPE-1", status: "REJECTED", reason: "NOT_FOUND", message: "Unknown ticketId." },
    ]);
    expect((await feed()).filter((c) => c.ticketId === "DEL-1").at(-1)?.status).toBe("DELETION_PENDING");
    await new Promise((r) => setTimeout(r, 400));
    expect((await feed()).filter((c) => c.ticketId === "DEL-1").map((c) => c.status)).toEqual([
      "INJECTED",
      "DELETION_PENDING",
      "DELETED",
    ]);
    // A deleted ticket cannot be transferred nor controlled.
    const transfer = await simAction("DEL-1", "transfer", { recipientEmail: "bob@example.com" });
    expect(transfer.status).toBe(409);
    expect(transfer.body.error.message).toMatch(/DELETED/);
    const control = await call("POST", "tickets/control", {
      tickets: [{ ticketId: "DEL-1", controlledAt: "2026-12-01T19:00:00Z" }],
    });
    expect(control.body.results[0]).toMatchObject({ status: "REJECTED", reason: "DELETED" });
  });

  it("controls idempotently", async () => {
    await call("POST", "tickets", { tickets: [ticket("CTL-1")] });
    const body = { tickets: [{ ticketId: "CTL-1", controlledAt: "2026-12-01T19:05:00+01:00" }] };
    expect((await call("POST", "tickets/control", body)).body.results[0].status).toBe("ACCEPTED");
    expect((await call("POST", "tickets/control", body)).body.results[0].status).toBe("ACCEPTED");
    const changes = (await feed()).filter((c) => c.ticketId === "CTL-1");
    expect(changes.map((c) => c.status)).toEqual(["INJECTED", "CONTROLLED"]);
    expect(changes[1]!.statusChangedAt).toBe("2026-12-01T19:05:00+01:00");
    expect(
      (await call("POST", "tickets/control", { tickets: [{ ticketId: "CTL-1", controlledAt: "yesterday" }] })).status,
    ).toBe(400);
  });
});

describe("spectator actions", () => {
  it("plays a transfer end to end, each step a change with the full ticket state", async () => {
    await call("POST", "tickets", { tickets: [ticket("TR-1")] });
    expect((await simAction("TR-1", "download")).status).toBe(200);
    const holder = {
      firstName: "Anna",
      lastName: "Muller",
      email: "anna@example.ch",
      organizerSpectatorPreference: { allowPromoEmail: true, allowThirdPartyEmail: false },
    };
    expect((await simAction("TR-1", "assign", { holder })).status).toBe(200);
    expect((await simAction("TR-1", "transfer", { recipientEmail: "bob@example.com" })).status).toBe(200);
    const accept = await simAction("TR-1", "accept", {
      recipient: { email: "bob@example.com", firstName: "Bob", lastName: "Favre" },
    });
    expect(accept.status).toBe(200);
    expect((await simAction("TR-1", "activate", { method: "ONLINE" })).status).toBe(200);
    expect((await simAction("TR-1", "control")).status).toBe(200);
    const changes = (await feed()).filter((c) => c.ticketId === "TR-1");
    expect(changes.map((c) => c.status)).toEqual([
      "INJECTED",
      "DOWNLOADED",
      "ASSIGNED",
      "PENDING_TRANSFER",
      "TRANSFERRED",
      "ONLINE_ACTIVATED",
      "CONTROLLED",
    ]);
    expect(changes[2]!.spectatorDetails?.organizerSpectatorPreference).toEqual({
      allowPromoEmail: true,
      allowThirdPartyEmail: false,
    });
    expect(changes[3]!.transfer).toEqual({
      senderEmail: "anna@example.ch",
      recipientEmail: "bob@example.com",
      status: "PENDING",
    });
    expect(changes[4]).toMatchObject({
      owner: { email: "bob@example.com" },
      previousOwner: { email: "anna@example.ch" },
      transfer: { status: "ACCEPTED" },
    });
    expect(changes[5]!.activationMethod).toBe("ONLINE");
  });

  it("ends transfers by rejection, cancellation and organizer time-out", async () => {
    await call("POST", "tickets", { tickets: [ticket("TR-2")] });
    await simAction("TR-2", "download");
    for (const [action, status, transferStatus] of [
      ["reject", "FAILURE_TRANSFER", "REJECTED"],
      ["cancel", "FAILURE_TRANSFER", "CANCELLED"],
      ["timeout", "FAILURE", "TIMED_OUT"],
    ] as const) {
      await simAction("TR-2", "transfer", { recipientEmail: "carla@example.com" });
      const res = await simAction("TR-2", action);
      expect(res.body).toMatchObject({
        status,
        transfer: { recipientEmail: "carla@example.com", status: transferStatus },
      });
    }
  });

  it("refuses impossible transitions with 409 and unknown tickets with 404", async () => {
    await call("POST", "tickets", { tickets: [ticket("TR-3")] });
    const res = await simAction("TR-3", "accept", { recipient: { email: "x@example.com" } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/Cannot accept a ticket in status INJECTED/);
    expect((await simAction("NOPE-9", "download")).status).toBe(404);
    expect((await simAction("TR-3", "teleport")).status).toBe(404);
    expect((await simAction("TR-3", "transfer", { recipientEmail: "not-an-email" })).status).toBe(400);
  });
});

describe("diff feed", () => {
  it("returns every change oldest first with stable, non-consuming pages", async () => {
    const all = await feed();
    expect(all.length).toBeGreaterThan(10);
    expect(all.map((c) => c.sequence)).toEqual([...all.map((c) => c.sequence)].sort((a, b) => a - b));
    for (const change of all) expect(() => ZDiffResponse.shape.tickets.element.parse(change)).not.toThrow();

    // Walk in pages of 3: the pages together are the whole feed.
    const walked: TLifecycleTicket[] = [];
    let key: string | undefined;
    let firstPageKey: string | undefined;
    for (;;) {
      const res = await call("GET", `tickets/diff?limit=3${key ? `&paginationKey=${encodeURIComponent(key)}` : ""}`);
      const page = ZDiffResponse.parse(res.body);
      walked.push(...page.tickets);
      firstPageKey ??= page.nextPageKey;
      key = page.nextPageKey;
      if (!page.hasMore) break;
    }
    expect(walked).toEqual(all);

    // Reading does not consume: the same key gives the same page, even after new changes.
    const again = await call("GET", `tickets/diff?limit=3&paginationKey=${encodeURIComponent(firstPageKey!)}`);
    await call("POST", "tickets", { tickets: [ticket("LATE-1")] });
    const afterInsert = await call("GET", `tickets/diff?limit=3&paginationKey=${encodeURIComponent(firstPageKey!)}`);
    expect(afterInsert.body.tickets).toEqual(again.body.tickets);
    // The last key now sees exactly the new change.
    const tail = ZDiffResponse.parse(
      (await call("GET", `tickets/diff?paginationKey=${encodeURIComponent(key!)}`)).body,
    );
    expect(tail.tickets.map((c) => c.ticketId)).toEqual(["LATE-1"]);
    expect(tail.hasMore).toBe(false);
    // At the end, the key stays where it is.
    const end = ZDiffResponse.parse(
      (await call("GET", `tickets/diff?paginationKey=${encodeURIComponent(tail.nextPageKey)}`)).body,
    );
    expect(end).toEqual({ tickets: [], nextPageKey: tail.nextPageKey, hasMore: false });
  });

  it("refuses forged, corrupted and foreign keys, and limits out of 1..10000", async () => {
    const { body } = await call("GET", "tickets/diff?limit=1");
    const key: string = body.nextPageKey;
    for (const bad of ["abc", `${key}x`, Buffer.from("LSE:99999").toString("base64url") + ".AAAAAAAAAAAAAAAAAAAAAA"]) {
      const res = await call("GET", `tickets/diff?paginationKey=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("INVALID_PAGINATION_KEY");
    }
    expect(
      (await call("GET", `tickets/diff?paginationKey=${encodeURIComponent(key)}`, undefined, OTHER_KEY)).status,
    ).toBe(400);
    expect((await call("GET", "tickets/diff?limit=0")).status).toBe(400);
    expect((await call("GET", "tickets/diff?limit=10001")).status).toBe(400);
    expect((await call("GET", "tickets/diff?limit=10000")).status).toBe(200);
  });

  it("keeps organizers apart", async () => {
    expect((await feed(OTHER_KEY)).some((c) => c.ticketId.startsWith("TR-"))).toBe(false);
  });
});

describe("digital privileges", () => {
  it("defines, injects per item, and refuses transfers of cards", async () => {
    const definition = {
      id: "MEMBER-2627",
      name: "Membership 2026/27",
      type: "MEMBERSHIP",
      validFrom: "2026-07-01T00:00:00Z",
      validTo: "2027-06-30T23:59:59Z",
    };
    expect((await call("PUT", "privilege-definitions/MEMBER-2627", definition)).status).toBe(201);
    const holder = { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" };
    const res = await call("POST", "privileges", {
      privileges: [
        { privilegeId: "CARD-1", definitionId: "MEMBER-2627", holder, cardNumber: "C0001" },
        { privilegeId: "CARD-1", definitionId: "MEMBER-2627", holder, cardNumber: "C0001" },
        { privilegeId: "CARD-2", definitionId: "NOPE", holder, cardNumber: "C0002" },
      ],
    });
    expect(res.body.results.map((r: { status: string; reason?: string }) => r.reason ?? r.status)).toEqual([
      "ACCEPTED",
      "ALREADY_INJECTED",
      "DEFINITION_NOT_FOUND",
    ]);
    await simAction("CARD-1", "download");
    const transfer = await simAction("CARD-1", "transfer", { recipientEmail: "bob@example.com" });
    expect(transfer.status).toBe(409);
    expect(transfer.body.error.message).toMatch(/not transferable/);
  });
});

describe("faults", () => {
  it("forces a status on one endpoint only", async () => {
    await simControl("POST", "faults", { endpoint: "diff", forceStatus: 503 });
    expect((await call("GET", "tickets/diff")).status).toBe(503);
    expect((await call("GET", "events/M1")).status).toBe(200);
  });

  it("sends a 429 burst with Retry-After, then recovers", async () => {
    await simControl("POST", "faults", { endpoint: "inject", burst429: { count: 2, retryAfterSeconds: 7 } });
    for (let i = 0; i < 2; i++) {
      const res = await call("POST", "tickets", { tickets: [ticket(`RL-${i}`)] });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("7");
    }
    expect((await call("POST", "tickets", { tickets: [ticket("RL-9")] })).status).toBe(200);
  });

  it("answers 500 at an error rate of 1, and none after a reset", async () => {
    await simControl("POST", "faults", { errorRate: 1 });
    expect((await call("GET", "events/M1")).status).toBe(500);
    await simControl("DELETE", "faults");
    expect((await call("GET", "events/M1")).status).toBe(200);
  });

  it("drops connections, truncates JSON, adds latency and slows bodies", async () => {
    await simControl("POST", "faults", { endpoint: "diff", dropRate: 1 });
    await expect(call("GET", "tickets/diff")).rejects.toThrow();
    await simControl("DELETE", "faults");

    await simControl("POST", "faults", { endpoint: "diff", malformedRate: 1 });
    await expect(call("GET", "tickets/diff")).rejects.toThrow(SyntaxError);
    await simControl("DELETE", "faults");

    await simControl("POST", "faults", { endpoint: "events", latencyMs: 300 });
    let started = Date.now();
    await call("GET", "events/M1");
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await simControl("DELETE", "faults");

    await simControl("POST", "faults", { endpoint: "events", slowBodyMs: 400 });
    started = Date.now();
    const res = await call("GET", "events/M1");
    expect(res.body.id).toBe("M1");
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it("refuses an unknown fault setting", async () => {
    expect((await simControl("POST", "faults", { endpoint: "diff", explode: true })).status).toBe(400);
    expect((await simControl("POST", "faults", { endpoint: "nowhere", errorRate: 1 })).status).toBe(400);
  });
});

describe("bulk and snapshot", () => {
  it("generates a consistent feed and survives a restart from its snapshot", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sim-snap-"));
    const snapshotPath = path.join(dir, "state.json");
    const first = await startSimulator({ port: 0, quiet: true, snapshotPath, keys: [["BULK", "bulk-key-01"]] });
    const res = await fetch(`${first.url}/_sim/bulk`, {
      method: "POST",
      headers: { "x-sim-token": first.adminToken },
      body: JSON.stringify({ organizer: "BULK", tickets: 500, changes: 5000 }),
    });
    expect(await res.json()).toMatchObject({ tickets: 500, changes: 5000 });
    const read = async (url: string, key?: string) => {
      const r = await fetch(
        `${url}/v3/organizer/tickets/diff?limit=10000${key ? `&paginationKey=${encodeURIComponent(key)}` : ""}`,
        { headers: { "x-tixngo-key": "bulk-key-01" } },
      );
      return ZDiffResponse.parse(await r.json());
    };
    const before = await read(first.url);
    expect(before.tickets).toHaveLength(5000);
    const statuses = new Set(before.tickets.map((c) => c.status));
    for (const s of ["DOWNLOADED", "PENDING_TRANSFER", "TRANSFERRED", "FAILURE_TRANSFER", "CONTROLLED"])
      expect(statuses).toContain(s);
    await first.close();

    const second = await startSimulator({ port: 0, quiet: true, snapshotPath });
    try {
      const after = await read(second.url);
      expect(after).toEqual(before);
      // A key handed out before the restart is still valid after it.
      expect((await read(second.url, before.nextPageKey)).tickets).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
