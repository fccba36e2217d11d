// The app's TIXNGO client. It only knows a base URL and a key: the simulator
// and a real TIXNGO look the same to it. Every response is checked against the
// shared contract; failures become a typed TixngoError that says what broke.
import { z } from "zod";
import {
  API_KEY_HEADER,
  ZApiError,
  ZBatchResponse,
  ZDiffResponse,
  ZEvent,
  type TBatchResponse,
  type TControlRequest,
  type TDiffResponse,
  type TEvent,
  type TInvalidateRequest,
  type TPrivilege,
  type TPrivilegeDefinition,
  type TTicketInput,
} from "./contract";
import { DestinationRefusedError, guardedFetch } from "./destination";

export type TTixngoFailure =
  | "DNS" // the host name does not resolve
  | "REFUSED" // nothing listens there
  | "TLS" // certificate or handshake problem
  | "TIMEOUT"
  | "NETWORK" // connection reset or dropped
  | "UNAUTHORIZED" // 401: wrong or revoked API key
  | "NOT_FOUND" // 404
  | "BAD_REQUEST" // 400: the request broke the contract
  | "CONFLICT" // 409
  | "RATE_LIMITED" // 429 after the retries
  | "SERVER" // 5xx after the retries
  | "MALFORMED" // the answer does not follow the contract
  | "REDIRECTED" // 3xx: not followed, the key stays with the configured origin
  | "DESTINATION" // the URL's host is not one the key may be sent to
  | "ABORTED";

export class TixngoError extends Error {
  constructor(
    readonly failure: TTixngoFailure,
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = "TixngoError";
  }
}

export type TTixngoClientOptions = {
  /** The interface's URL, ending with organizer/tickets. */
  apiUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** Attempts per call, the first included. */
  maxAttempts?: number;
  /** Base of the exponential backoff (doubles each attempt, with jitter). */
  backoffMs?: number;
  /** Longest single wait, Retry-After included. */
  maxRetryAfterMs?: number;
  /** A call gives up rather than wait past this much time in total. */
  maxTotalMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called before each retry, for the execution log. */
  onRetry?: (info: TTixngoRetry) => void;
  /** Called after each HTTP exchange (never with headers: the key stays out). */
  onCall?: (call: TTixngoCall) => void;
};

export type TTixngoRetry = {
  /** The attempt that just failed (1 = the first). */
  attempt: number;
  maxAttempts: number;
  waitMs: number;
  /** Time spent on this call so far. */
  elapsedMs: number;
  reason: string;
};

export type TTixngoCall = {
  method: string;
  path: string;
  status?: number;
  ms: number;
  request?: string;
  response?: string;
  failure?: TTixngoFailure;
};

/** The base URL: the configured URL without its trailing `tickets`. */
export function baseUrlOf(apiUrl: string): string {
  const trimmed = apiUrl.replace(/\/+$/, "");
  if (!trimmed.endsWith("organizer/tickets"))
    throw new TixngoError("BAD_REQUEST", "The API URL must end with organizer/tickets.");
  return trimmed.slice(0, -"tickets".length);
}

// REFUSED too: a TIXNGO restart refuses connections for a moment.
const RETRYABLE: TTixngoFailure[] = ["TIMEOUT", "NETWORK", "REFUSED", "RATE_LIMITED", "SERVER", "MALFORMED"];

export function createTixngoClient(options: TTixngoClientOptions) {
  const base = baseUrlOf(options.apiUrl);
  const doFetch = options.fetch ?? guardedFetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoffMs = options.backoffMs ?? 500;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const maxTotalMs = options.maxTotalMs ?? 180_000;
  const sleep = options.sleep ?? abortableSleep;

  async function once<T>(
    method: string,
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
  ): Promise<{ value: T } | { error: TixngoError; retryAfterMs?: number }> {
    const signals = [AbortSignal.timeout(timeoutMs)];
    if (options.signal) signals.push(options.signal);
    const started = performance.now();
    const request = body === undefined ? undefined : JSON.stringify(body);
    const report = (call: Omit<TTixngoCall, "method" | "path" | "ms" | "request">) =>
      options.onCall?.({ method, path, ms: Math.round(performance.now() - started), request, ...call });
    let res: Response;
    let text: string;
    try {
      res = await doFetch(`${base}${path}`, {
        method,
        headers: {
          [API_KEY_HEADER]: options.apiKey,
          accept: "application/json",
          ...(request === undefined ? {} : { "content-type": "application/json" }),
        },
        body: request,
        // A redirect is never followed: it could carry the key to another origin.
        redirect: "manual",
        signal: AbortSignal.any(signals),
      });
      text = await res.text();
    } catch (error) {
      const failure = networkError(error, options.signal);
      report({ failure: failure.failure });
      return { error: failure };
    }
    report({ status: res.status, response: text });
    if (!res.ok) {
      // Only the status and a contract error code are kept: a remote body is
      // never shown (the URL could point at a host that is not TIXNGO).
      const parsed = ZApiError.safeParse(safeJson(text));
      const code =
        parsed.success && /^[A-Z0-9_]{1,64}$/.test(parsed.data.error.code) ? parsed.data.error.code : undefined;
      const failure = failureOfStatus(res.status);
      return {
        error: new TixngoError(failure, `TIXNGO answered ${res.status}${code ? ` (${code})` : ""}.`, res.status, code),
        retryAfterMs: retryAfterMs(res.headers.get("retry-after")),
      };
    }
    const json = safeJson(text);
    const parsed = schema.safeParse(json);
    if (json === undefined || !parsed.success) {
      return {
        error: new TixngoError(
          "MALFORMED",
          `TIXNGO's answer to ${method} ${path.split("?")[0]} does not follow the contract.`,
          res.status,
        ),
      };
    }
    return { value: parsed.data };
  }

  // Every call of this API is safe to repeat (PUTs, reads, idempotent batch
  // endpoints; a repeated injection is answered ALREADY_INJECTED), so all retry.
  async function call<T>(method: string, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      const result = await once(method, path, schema, body);
      if ("value" in result) return result.value;
      const { error } = result;
      if (!RETRYABLE.includes(error.failure)) throw error;
      const elapsedMs = performance.now() - started;
      // Exponential backoff with equal jitter (never ~0 ms); Retry-After wins when given.
      const waitMs = Math.min(
        maxRetryAfterMs,
        result.retryAfterMs ?? backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2),
      );
      if (attempt >= maxAttempts || elapsedMs + waitMs > maxTotalMs) {
        throw new TixngoError(
          error.failure,
          `${error.message} (gave up after ${attempt} attempt(s) in ${(elapsedMs / 1000).toFixed(1)} s)`,
          error.status,
          error.code,
        );
      }
      options.onRetry?.({ attempt, maxAttempts, waitMs, elapsedMs, reason: error.message });
      try {
        await sleep(waitMs, options.signal);
      } catch {
        throw new TixngoError("ABORTED", "The call was cancelled.");
      }
    }
  }

  return {
    getEvent: async (eventId: string): Promise<TEvent | null> => {
      try {
        return await call("GET", `events/${encodeURIComponent(eventId)}`, ZEvent);
      } catch (error) {
        if (error instanceof TixngoError && error.failure === "NOT_FOUND") return null;
        throw error;
      }
    },
    putEvent: (event: TEvent): Promise<TEvent> => call("PUT", `events/${encodeURIComponent(event.id)}`, ZEvent, event),
    injectTickets: (tickets: TTicketInput[]): Promise<TBatchResponse> =>
      call("POST", "tickets", ZBatchResponse, { tickets }),
    invalidateTickets: (request: TInvalidateRequest): Promise<TBatchResponse> =>
      call("POST", "tickets/invalidate", ZBatchResponse, request),
    controlTickets: (request: TControlRequest): Promise<TBatchResponse> =>
      call("POST", "tickets/control", ZBatchResponse, request),
    diff: (query: { paginationKey?: string | null; limit: number }): Promise<TDiffResponse> => {
      const params = new URLSearchParams({ limit: String(query.limit) });
      if (query.paginationKey) params.set("paginationKey", query.paginationKey);
      return call("GET", `tickets/diff?${params}`, ZDiffResponse);
    },
    putPrivilegeDefinition: (definition: TPrivilegeDefinition) =>
      call("PUT", `privilege-definitions/${encodeURIComponent(definition.id)}`, z.unknown(), definition),
    injectPrivileges: (privileges: TPrivilege[]): Promise<TBatchResponse> =>
      call("POST", "privileges", ZBatchResponse, { privileges }),
  };
}

export type TTixngoClient = ReturnType<typeof createTixngoClient>;

function failureOfStatus(status: number): TTixngoFailure {
  if (status >= 300 && status < 400) return "REDIRECTED";
  if (status === 401 || status === 403) return "UNAUTHORIZED";
  if (status === 404) return "NOT_FOUND";
  if (status === 409) return "CONFLICT";
  if (status === 429) return "RATE_LIMITED";
  if (status >= 500) return "SERVER";
  return "BAD_REQUEST";
}

function networkError(error: unknown, callerSignal?: AbortSignal): TixngoError {
  if (callerSignal?.aborted) return new TixngoError("ABORTED", "The call was cancelled.");
  if (error instanceof DestinationRefusedError) return new TixngoError("DESTINATION", error.message);
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError") return new TixngoError("TIMEOUT", "TIXNGO did not answer in time.");
  const code = err.cause?.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return new TixngoError("DNS", "The TIXNGO host name does not resolve (DNS).");
  if (code === "ECONNREFUSED")
    return new TixngoError("REFUSED", "Connection refused: nothing answers at this address and port.");
  if (/CERT|SSL|TLS|ERR_TLS|SELF_SIGNED/i.test(code) || /certificate|TLS|SSL/i.test(err.cause?.message ?? "")) {
    return new TixngoError("TLS", `TLS handshake failed: ${err.cause?.message ?? code}.`);
  }
  return new TixngoError("NETWORK", `The connection failed: ${err.cause?.message ?? err.message ?? "unknown error"}.`);
}

/** Retry-After in seconds or as an HTTP date; absent or unreadable: undefined. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("aborted"));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new Error("aborted"));
      },
      { once: true },
    );
  });
}
