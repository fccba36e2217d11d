// The simulator's own controls under /_sim/ (admin token): organizers and
// keys, spectator actions, faults, bulk load, reset. Not part of TIXNGO.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { ErrorCode, ZSpectatorDetails } from "@/lib/tixngo/contract";
import { generateBulk, ZBulkRequest } from "./bulk";
import { type Faults, ZSetFaults } from "./faults";
import { header, HttpError, parse, readJson, sendJson } from "./http";
import type { TSpectatorAction } from "./lifecycle";
import type { SimState } from "./state";

export const SIM_TOKEN_HEADER = "x-sim-token";

/** The handler of `/_sim/<route>`. */
export function simApi({ state, faults, adminToken }: { state: SimState; faults: Faults; adminToken: string }) {
  return async function handleSimRequest(req: IncomingMessage, res: ServerResponse, url: URL, route: string) {
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
  };
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
