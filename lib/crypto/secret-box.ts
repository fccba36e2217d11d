// Secrets at rest (the TIXNGO API key): AES-256-GCM with a key from the
// environment. The ciphertext carries a version so the scheme can change.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

export class SecretKeyMissingError extends Error {
  constructor() {
    super("APP_ENCRYPTION_KEY is not set: it encrypts the interface API keys at rest.");
    this.name = "SecretKeyMissingError";
  }
}

export class SecretDecryptError extends Error {
  constructor() {
    super("A stored secret cannot be decrypted: was APP_ENCRYPTION_KEY changed?");
    this.name = "SecretDecryptError";
  }
}

function keyFrom(secret: string | undefined): Buffer {
  if (!secret) throw new SecretKeyMissingError();
  // Any string works as a passphrase; a hash gives the 32 bytes AES-256 needs.
  return createHash("sha256").update(secret).digest();
}

export function encryptSecret(plain: string, secret = process.env.APP_ENCRYPTION_KEY): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ":",
  );
}

/**
 * The secret in clear. During a key rotation APP_ENCRYPTION_KEY_PREVIOUS still
 * decrypts what was not re-encrypted yet (`npm run secrets:rotate`).
 */
export function decryptSecret(
  stored: string,
  secret = process.env.APP_ENCRYPTION_KEY,
  previous = process.env.APP_ENCRYPTION_KEY_PREVIOUS,
): string {
  try {
    return decryptWith(stored, secret);
  } catch (error) {
    if (previous && error instanceof SecretDecryptError) return decryptWith(stored, previous);
    throw error;
  }
}

function decryptWith(stored: string, secret: string | undefined): string {
  const [version, iv, tag, body] = stored.split(":");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new SecretDecryptError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretDecryptError();
  }
}

/** What a screen may show of a secret: its last four characters. */
export function secretHint(plain: string): string {
  return plain.length <= 4 ? "••••" : `••••${plain.slice(-4)}`;
}
