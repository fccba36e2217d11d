// The organizer API of TIXNGO as this project speaks it (docs/tixngo-api.md), under
// /v3/organizer/: API key per organizer, faults injected per endpoint first.
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  API_KEY_HEADER,
  ErrorCode,
  ZControlRequest,
  ZDiffQuery,
  ZEvent,
  ZInjectTicketsRequest,
  ZInvalidateRequest,
  ZPrivilegeDefinition,
  ZPrivilegesRequest,
} from "@/lib/tixngo/contract";
import type { Faults, TSimEndpoint } from "./faults";
import { header, HttpError, parse, readJson, sendJson, sleep } from "./http";
import type { SimState } from "./state";

export const API_PREFIX = "/v3/organizer/";

/** The handler of `/v3/organizer/<route>`. */
export function organizerApi({ state, faults }: { state: SimState; faults: Faults }) {
  return async function handleOrganizerRequest(req: IncomingMessage, res: ServerResponse, url: URL, route: string) {
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
