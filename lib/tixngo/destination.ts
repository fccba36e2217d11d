// Where the app may send an interface's API key. An admin types the API URL,
// so without these rules the key (and the server's network position) would go
// wherever they point it: a host they control, the cloud metadata address, a
// private service. Rules, from the environment:
// - TIXNGO_ALLOWED_HOSTS: comma-separated host names (`api.tixngo.io`,
//   `*.tixngo.io`); when set, only these are accepted.
// - TIXNGO_PRIVATE_HOSTS: loopback, private or link-local hosts accepted all the
//   same (`127.0.0.1:4010`, a host without port for any port, `*` for all):
//   the demo lists its simulator.
// URLs with user:password are refused everywhere (they would be stored and shown).
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  PRIVATE.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  PRIVATE.addSubnet(network, prefix, "ipv6");

/** Loopback, private, link-local (metadata), shared, multicast or unspecified. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1]) return PRIVATE.check(mapped[1], "ipv4");
  const family = isIP(bare);
  if (family === 0) return false;
  return PRIVATE.check(bare, family === 4 ? "ipv4" : "ipv6");
}

type TEnv = Record<string, string | undefined>;

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

function portOf(url: URL): string {
  return url.port || (url.protocol === "https:" ? "443" : "80");
}

function privateAllowed(url: URL, env: TEnv): boolean {
  const host = url.hostname.toLowerCase();
  return list(env.TIXNGO_PRIVATE_HOSTS).some(
    (entry) => entry === "*" || entry === host || entry === `${host}:${portOf(url)}`,
  );
}

function hostAllowed(url: URL, env: TEnv): boolean {
  const allowed = list(env.TIXNGO_ALLOWED_HOSTS);
  if (allowed.length === 0) return true;
  const host = url.hostname.toLowerCase();
  return allowed.some((entry) => (entry.startsWith("*.") ? host.endsWith(entry.slice(1)) : entry === host));
}

/** What is wrong with sending the key to this URL, judged without the network; null when nothing is. */
export function destinationProblem(url: URL, env: TEnv = process.env): string | null {
  if (url.protocol !== "https:" && url.protocol !== "http:") return "The API URL must start with https:// or http://.";
  if (url.username || url.password)
    return "The API URL must not contain a user name or password: the API key is the only credential.";
  if (!hostAllowed(url, env)) return `${url.hostname} is not one of the TIXNGO hosts this installation allows.`;
  const host = url.hostname.toLowerCase();
  if ((isPrivateAddress(host) || host === "localhost" || host.endsWith(".localhost")) && !privateAllowed(url, env))
    return `${url.hostname} is a local or private network address: the API key is only sent to TIXNGO's public hosts.`;
  return null;
}

/** As destinationProblem, and every address the host name resolves to must be public too. */
export async function resolvedDestinationProblem(url: URL, env: TEnv = process.env): Promise<string | null> {
  const problem = destinationProblem(url, env);
  if (problem || privateAllowed(url, env) || isIP(url.hostname.replace(/^\[|\]$/g, ""))) return problem;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(url.hostname, { all: true });
  } catch {
    return null; // the call itself will report the DNS failure
  }
  if (addresses.some((a) => isPrivateAddress(a.address)))
    return `${url.hostname} resolves to a local or private network address: the API key is only sent to TIXNGO's public hosts.`;
  return null;
}

/** Thrown (as the fetch's failure) when a call would take the key somewhere it must not go. */
export class DestinationRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DestinationRefusedError";
  }
}

/**
 * The TIXNGO client's fetch: checks the destination (names resolved) before
 * each call, and never follows a redirect, so the key cannot be carried to
 * another origin by a 3xx.
 */
export async function guardedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input);
  const problem = await resolvedDestinationProblem(url);
  if (problem) throw new DestinationRefusedError(problem);
  return fetch(url, { ...init, redirect: "manual" });
}
