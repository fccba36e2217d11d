import { randomBytes } from "node:crypto";

/** 16 random characters (96 bits), shown once to the admin who hands it over; only its hash is kept. */
export function oneTimePassword(): string {
  return randomBytes(12).toString("base64url");
}
