// The TIXNGO simulator's HTTP server: the organizer API of TIXNGO_API.md under
// /v3/organizer/, and the simulator's own controls under /_sim/ (spectator
// actions, faults, bulk load, keys, reset) plus a console page at /.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import {
  API_KEY_HEADER,
  ErrorCode,
  issueDetails,
  ZControlRequest,
  ZDiffQuery,
  ZEvent,
  ZInjectTicketsRequest,
  ZInvalidateRequest,
  ZPrivilegeDefinition,
  ZPrivilegesRequest,
  ZSpectatorDetails,
} from "@/lib/tixngo/contract";
import { generateBulk, ZBulkRequest } from "./bulk";
import { consolePage } from "./console-page";
import { Faults, type TFaultDecision, type TSimEndpoint, ZSetFaults } from "./faults";
import type { TSpectatorAction } from "./lifecycle";
import { SimState, type TSimSnapshot } from "./state";

export const API_PREFIX = "/v3/organizer/";
export const SIM_TOKEN_HEADER = "x-sim-token";
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export type TSimulatorOptions = {
  port?: number;
  host?: string;
  adminToken?: string;
  /** Organizer keys created at start: [organizer, key]. */
  keys?: [string, string][];
  deletionDelayMs?: number;
  snapshotPath?: string;
  random?: () => number;
  quiet?: boolean;
};

export type TSimulator = {
  url: string;
  apiUrl: string;
  adminToken: string;
  state: SimState;
  faults: Faults;
  close(): Promise<void>;
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export async function startSimulator(options: TSimulatorOptions = {}): Promise<TSimulator> {
  const adminToken = options.adminToken ?? "sim-admin";
  const snapshot =
    options.snapshotPath && existsSync(options.snapshotPath)
      ? (JSON.parse(readFileSync(options.snapshotPath, "utf8")) as TSimSnapshot)
      : undefined;
  const state = new SimState({ deletionDelayMs: options.deletionDelayMs ?? 3000 }, snapshot);
  for (const [organizer, key] of options.keys ?? []) state.addKey(organizer, key);
  const faults = new Faults(options.random);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError)
        return sendJson(res, error.status, {
          error: { code: error.code, message: error.message, details: error.details },
        });
      if (!options.quiet) console.error("[sim] unexpected error", error);
      sendJson(res, 500, { error: { code: ErrorCode.INTERNAL, message: "Simulator error." } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://sim");
    const path = url.pathname;
    if (path.startsWith(API_PREFIX)) return organizerApi(req, res, url, path.slice(API_PREFIX.length));
    if (path === "/" || path === "/index.html") {
      if (url.searchParams.get("token") !== adminToken) {
        res
          .writeHead(401, { "content-type": "text/plain" })
          .end("Open the console with ?token=<admin token> (SIM_ADMIN_TOKEN).");
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(consolePage(adminToken));
      return;
    }
    if (path.startsWith("/_sim/")) return simApi(req, res, url, path.slice("/_sim/".length));
    throw new HttpError(404, ErrorCode.NOT_FOUND, `No route for ${req.method} ${path}.`);
  }

  // ─── Organizer API ─────────────────────────────────────────────────────

  async function organizerApi(req: IncomingMessage, res: ServerResponse, url: URL, route: string) {
    const method = req.method ?? "GET";
    const segments = route.split("/").filter(Boolean).map(decodeURIComponent);
    const endpoint = endpointOf(method, segments);
    if (!endpoint) throw new HttpError(404, ErrorCode.NOT_FOUND, `No route for ${method} ${API_PREFIX}${route}.`);

    const latency = faults.latencyFor(endpoint);
    if (latency > 0) await sleep(latency);
    const decision = faults.decide(endpoint);
    if (decision.kind === "drop") {
      req.socket.destroy();
      return;
    }
    if (decision.kind === "hang") return; // left open until the client gives up
    if (decision.kind === "status") {
      const headers: Record<string, string> = {};
      if (decision.retryAfterSeconds !== undefined) headers["retry-after"] = String(decision.retryAfterSeconds);
      const code =
        decision.status === 429
          ? ErrorCode.RATE_LIMITED
          : decision.status === 401
            ? ErrorCode.UNAUTHORIZED
            : ErrorCode.INTERNAL;
      return sendJson(
        res,
        decision.status,
        { error: { code, message: `Fault injected: ${decision.status}.` } },
        undefined,
        headers,
      );
    }

    const key = header(req, API_KEY_HEADER);
    const organizer = state.organizerIdForKey(key);
    if (!organizer)
      throw new HttpError(
        401,
        ErrorCode.UNAUTHORIZED,
        key ? "Unknown or revoked API key." : `Missing ${API_KEY_HEADER} header.`,
      );

    const second = segments[1];
    switch (endpoint) {
      case "events": {
        const eventId = second!;
        if (method === "GET") {
          const event = state.getEvent(organizer, eventId);
          if (!event) throw new HttpError(404, ErrorCode.NOT_FOUND, `Event ${eventId} does not exist.`);
          return sendJson(res, 200, event, decision);
        }
        const event = parse(ZEvent, await readJson(req));
        if (event.id !== eventId)
          throw new HttpError(
            400,
            ErrorCode.INVALID_REQUEST,
            `Body id ${event.id} differs from the path's ${eventId}.`,
          );
        const { created } = state.putEvent(organizer, event);
        return sendJson(res, created ? 201 : 200, event, decision);
      }
      case "inject": {
        const body = parse(ZInjectTicketsRequest, await readJson(req));
        return sendJson(res, 200, { results: state.injectTickets(organizer, body.tickets) }, decision);
      }
      case "invalidate":
        return sendJson(
          res,
          200,
          { results: state.invalidate(organizer, parse(ZInvalidateRequest, await readJson(req))) },
          decision,
        );
      case "control":
        return sendJson(
          res,
          200,
          { results: state.control(organizer, parse(ZControlRequest, await readJson(req))) },
          decision,
        );
      case "diff": {
        const query = parse(ZDiffQuery, Object.fromEntries(url.searchParams));
        const outcome = state.diff(organizer, query.paginationKey, query.limit);
        if (!outcome.ok)
          throw new HttpError(
            400,
            ErrorCode.INVALID_PAGINATION_KEY,
            "The pagination key is not one this organizer was given.",
          );
        return sendJson(res, 200, outcome.page, decision);
      }
      case "privilege-definitions": {
        const definition = parse(ZPrivilegeDefinition, await readJson(req));
        if (definition.id !== second)
          throw new HttpError(
            400,
            ErrorCode.INVALID_REQUEST,
            `Body id ${definition.id} differs from the path's ${second}.`,
          );
        const { created } = state.putDefinition(organizer, definition);
        return sendJson(res, created ? 201 : 200, definition, decision);
      }
      case "privileges": {
        const body = parse(ZPrivilegesRequest, await readJson(req));
        return sendJson(res, 200, { results: state.injectPrivileges(organizer, body.privileges) }, decision);
      }
    }
  }

  // ─── Simulator controls ────────────────────────────────────────────────

  async function simApi(req: IncomingMessage, res: ServerResponse, url: URL, route: string) {
    if (header(req, SIM_TOKEN_HEADER) !== adminToken && url.searchParams.get("token") !== adminToken) {
      throw new HttpError(401, ErrorCode.UNAUTHORIZED, `Missing or wrong ${SIM_TOKEN_HEADER} header.`);
    }
    const method = req.method ?? "GET";
    const segments = route.split("/").filter(Boolean).map(decodeURIComponent);
    const [first, second, third, fourth, fifth] = segments;

    if (first === "organizers" && !second && method === "GET") {
      const keys = state.listKeys();
      return sendJson(res, 200, {
        organizers: state.organizerIds().map((id) => ({
          id,
          keys: keys.filter((k) => k.organizer === id).map((k) => k.key),
          ...state.overview(id, 0).counts,
        })),
      });
    }
    if (first === "state" && method === "GET") {
      const organizer = url.searchParams.get("organizer") ?? state.organizerIds()[0];
      if (!organizer) return sendJson(res, 200, { organizer: null });
      return sendJson(res, 200, state.overview(organizer, Number(url.searchParams.get("limit") ?? 200)));
    }
    if (first === "organizers" && third === "tickets" && fourth && method === "GET" && !fifth) {
      const ticket = state.getTicket(second!, fourth);
      if (!ticket) throw new HttpError(404, ErrorCode.NOT_FOUND, `Unknown ticket ${fourth}.`);
      return sendJson(res, 200, ticket);
    }
    if (first === "organizers" && third === "tickets" && fourth && fifth && method === "POST") {
      const action = parseAction(fifth, await readJson(req, true));
      const outcome = state.spectatorAction(second!, fourth, action);
      if (!outcome.ok)
        throw new HttpError(
          outcome.status,
          outcome.status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.CONFLICT,
          outcome.reason,
        );
      return sendJson(res, 200, outcome.change);
    }
    if (first === "keys" && method === "POST") {
      const body = parse(z.object({ organizer: z.string().min(1), key: z.string().min(8) }), await readJson(req));
      state.addKey(body.organizer, body.key);
      return sendJson(res, 201, body);
    }
    if (first === "keys" && second && method === "DELETE") {
      if (!state.revokeKey(second)) throw new HttpError(404, ErrorCode.NOT_FOUND, "Unknown key.");
      return sendJson(res, 200, { revoked: true });
    }
    if (first === "faults") {
      if (method === "GET") return sendJson(res, 200, faults.list());
      if (method === "DELETE") {
        faults.reset();
        return sendJson(res, 200, faults.list());
      }
      if (method === "POST") {
        const { endpoint, ...rule } = parse(ZSetFaults, await readJson(req));
        faults.set(endpoint, rule);
        return sendJson(res, 200, faults.list());
      }
    }
    if (first === "bulk" && method === "POST") {
      const body = parse(ZBulkRequest, await readJson(req));
      return sendJson(res, 200, generateBulk(state, body));
    }
    if (first === "reset" && method === "POST") {
      const body = parse(z.object({ keepKeys: z.boolean().default(true) }), await readJson(req, true));
      state.reset(body.keepKeys);
      faults.reset();
      return sendJson(res, 200, { reset: true });
    }
    throw new HttpError(404, ErrorCode.NOT_FOUND, `No route for ${method} /_sim/${route}.`);
  }

  // ─── Lifecycle of the server ───────────────────────────────────────────

  const sweeper = setInterval(() => state.confirmDeletions(), 250);
  const saveSnapshot = () => {
    if (!options.snapshotPath || !state.takeDirty()) return;
    const tmp = `${options.snapshotPath}.tmp`;
    writeFileSync(tmp, JSON.stringify(state.snapshot()));
    renameSync(tmp, options.snapshotPath);
  };
  const saver = options.snapshotPath ? setInterval(saveSnapshot, 2000) : undefined;

  await new Promise<void>((resolve) => server.listen(options.port ?? 4010, options.host ?? "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${address.port}`;
  return {
    url,
    apiUrl: `${url}${API_PREFIX}tickets`,
    adminToken,
    state,
    faults,
    async close() {
      clearInterval(sweeper);
      if (saver) clearInterval(saver);
      saveSnapshot();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function endpointOf(method: string, segments: string[]): TSimEndpoint | undefined {
  const [first, second, third] = segments;
  if (third !== undefined) return undefined;
  if (first === "events" && second && (method === "GET" || method === "PUT")) return "events";
  if (first === "tickets" && !second && method === "POST") return "inject";
  if (first === "tickets" && second === "invalidate" && method === "POST") return "invalidate";
  if (first === "tickets" && second === "control" && method === "POST") return "control";
  if (first === "tickets" && second === "diff" && method === "GET") return "diff";
  if (first === "privilege-definitions" && second && method === "PUT") return "privilege-definitions";
  if (first === "privileges" && !second && method === "POST") return "privileges";
  return undefined;
}

const ZRecipient = ZSpectatorDetails.partial({ firstName: true, lastName: true });

function parseAction(name: string, body: unknown): TSpectatorAction {
  switch (name) {
    case "download":
    case "reject":
    case "cancel":
    case "timeout":
    case "deactivate":
    case "control":
      return { type: name };
    case "assign":
      return { type: "assign", holder: parse(z.object({ holder: ZSpectatorDetails }), body).holder };
    case "transfer":
      return { type: "transfer", recipientEmail: parse(z.object({ recipientEmail: z.email() }), body).recipientEmail };
    case "accept": {
      // The recipient's details as their app would send them; names default from the e-mail.
      const { recipient } = parse(z.object({ recipient: ZRecipient }), body);
      const local = recipient.email.split("@")[0] ?? "recipient";
      return {
        type: "accept",
        recipient: {
          ...recipient,
          firstName: recipient.firstName ?? local,
          lastName: recipient.lastName ?? "Recipient",
        },
      };
    }
    case "activate":
      return {
        type: "activate",
        method: parse(z.object({ method: z.enum(["BT", "MANUAL", "OFFLINE", "ONLINE"]) }), body).method,
      };
    default:
      throw new HttpError(404, ErrorCode.NOT_FOUND, `Unknown spectator action ${name}.`);
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HttpError(
      400,
      ErrorCode.INVALID_REQUEST,
      "The request does not follow the contract.",
      issueDetails(result.error),
    );
  }
  return result.data;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readJson(req: IncomingMessage, emptyIsObject = false): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, ErrorCode.INVALID_REQUEST, "Body too large.");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") {
    if (emptyIsObject) return {};
    throw new HttpError(400, ErrorCode.INVALID_JSON, "A JSON body is required.");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, ErrorCode.INVALID_JSON, `The body is not valid JSON: ${(error as Error).message}`);
  }
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  decision?: TFaultDecision,
  headers: Record<string, string> = {},
) {
  let text = JSON.stringify(body);
  if (decision?.kind === "pass" && decision.malformed) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  res.writeHead(status, { "content-type": "application/json", ...headers });
  if (decision?.kind === "pass" && decision.slowBodyMs > 0) {
    // Ten pieces spread over the delay: the client sees headers, then a trickle.
    const pieces = 10;
    const size = Math.ceil(text.length / pieces);
    let index = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      res.write(text.slice(index * size, (index + 1) * size));
      index++;
      if (index >= pieces) {
        clearInterval(timer);
        res.end();
      }
    }, decision.slowBodyMs / pieces);
    return;
  }
  res.end(text);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
