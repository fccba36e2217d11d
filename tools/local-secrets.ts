// A fresh machine has no AUTH_SECRET nor APP_ENCRYPTION_KEY: the embedded demo
// makes them once and keeps them beside its data (data/secrets.json, ignored
// by git), so sessions and stored API keys survive restarts. Production sets
// both in the environment and never uses this file.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILE = path.resolve("data/secrets.json");

export function loadLocalSecrets(): void {
  if (process.env.AUTH_SECRET && process.env.APP_ENCRYPTION_KEY) return;
  let stored: Record<string, string> = {};
  if (existsSync(FILE)) stored = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, string>;
  stored.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  stored.APP_ENCRYPTION_KEY ??= randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(stored, null, 2), { mode: 0o600 });
  process.env.AUTH_SECRET ??= stored.AUTH_SECRET;
  process.env.APP_ENCRYPTION_KEY ??= stored.APP_ENCRYPTION_KEY;
  if (stored.APP_ENCRYPTION_KEY_PREVIOUS)
    process.env.APP_ENCRYPTION_KEY_PREVIOUS ??= stored.APP_ENCRYPTION_KEY_PREVIOUS;
}

/** The embedded mode's secrets file, read and written whole (the rotation command). */
export function readLocalSecrets(): Record<string, string> {
  return existsSync(FILE) ? (JSON.parse(readFileSync(FILE, "utf8")) as Record<string, string>) : {};
}

export function writeLocalSecrets(secrets: Record<string, string>): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
}

export const LOCAL_SECRETS_FILE = FILE;
