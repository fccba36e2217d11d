// HTTP plumbing shared by the simulator's two APIs: typed errors, JSON in and out.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { ErrorCode, issueDetails } from "@/lib/tixngo/contract";
import type { TFaultDecision } from "./faults";

const MAX_BODY_BYTES = 32 * 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
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

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function readJson(req: IncomingMessage, emptyIsObject = false): Promise<unknown> {
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

export function sendJson(
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

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
