// Opaque diff cursors: "<organizer>:<sequence>" signed with an HMAC, so a
// forged, corrupted or another organizer's key is refused, never misread.
import { createHmac, timingSafeEqual } from "node:crypto";

export function encodePaginationKey(secret: string, organizer: string, sequence: number): string {
  const body = Buffer.from(`${organizer}:${sequence}`).toString("base64url");
  return `${body}.${sign(secret, body)}`;
}

/** The sequence the key stands after, or null when the key is not one of ours for this organizer. */
export function decodePaginationKey(secret: string, organizer: string, key: string): number | null {
  const [body, signature, extra] = key.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [owner, seq] = Buffer.from(body, "base64url").toString("utf8").split(":");
  if (owner !== organizer || !seq || !/^\d+$/.test(seq)) return null;
  return Number(seq);
}

function sign(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("base64url").slice(0, 22);
}
