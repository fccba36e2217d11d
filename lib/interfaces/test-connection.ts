import { createTixngoClient, TixngoError, type TTixngoFailure } from "@/lib/tixngo/client";

export type TConnectionReport =
  { ok: true; ms: number; message: string } | { ok: false; failure: TTixngoFailure; message: string };

const EXPLANATIONS: Partial<Record<TTixngoFailure, string>> = {
  UNAUTHORIZED: "TIXNGO refused the API key (401): check the key, or replace it.",
  NOT_FOUND: "Nothing answers at this URL (404): check the path ends with organizer/tickets and the version is right.",
  REDIRECTED:
    "The address answered with a redirect, which is not followed (the key stays with the address it was entered for): enter TIXNGO's final URL.",
};

/**
 * One read-only call (the first change of the diff feed) with the stored key,
 * no retries. The report is a status and a classified reason, never the
 * remote body.
 */
export async function testConnection(apiUrl: string, apiKey: string, timeoutMs = 8000): Promise<TConnectionReport> {
  const started = performance.now();
  try {
    await createTixngoClient({ apiUrl, apiKey, maxAttempts: 1, timeoutMs }).diff({ limit: 1 });
    const ms = Math.round(performance.now() - started);
    return { ok: true, ms, message: `Connected: TIXNGO answered with the key in ${ms} ms.` };
  } catch (error) {
    if (error instanceof TixngoError)
      return { ok: false, failure: error.failure, message: EXPLANATIONS[error.failure] ?? error.message };
    return { ok: false, failure: "NETWORK", message: "The connection failed." };
  }
}
