/**
 * The client's address for sign-in throttling: the last X-Forwarded-For entry,
 * the one written by the reverse proxy in front of the app (which must set
 * it), or by Next from the socket when the client sent none. With more proxies
 * in front, TRUSTED_PROXY_HOPS says how many entries from the end to skip.
 */
export function clientAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const hops = Number.parseInt(env.TRUSTED_PROXY_HOPS ?? "0", 10) || 0;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return (chain[chain.length - 1 - hops] ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}
