import { z } from "zod";
import { ZDisplayName } from "@/lib/security/text";
import { destinationProblem } from "@/lib/tixngo/destination";
import { ZCustomParameters } from "@/lib/functions/parameters";
import { ZTicketTemplate } from "@/lib/functions/ticket-injection/ticket-template";

export const API_URL_RULE =
  'The API URL must be an absolute http(s) URL ending with organizer/tickets, e.g. https://api.tixngo.io/v3/organizer/tickets (TIXNGO\'s base is that URL without "tickets").';

export const ZApiUrl = z
  .string()
  .trim()
  .min(1, "The API URL is required.")
  .max(2048, "The API URL is too long (2048 characters at most).")
  .superRefine((value, ctx) => {
    const url = URL.canParse(value) ? new URL(value) : null;
    if (
      !url ||
      !(url.protocol === "https:" || url.protocol === "http:") ||
      !url.pathname.replace(/\/+$/, "").endsWith("organizer/tickets") ||
      url.search ||
      url.hash
    )
      return void ctx.addIssue({ code: "custom", message: API_URL_RULE });
    const problem = destinationProblem(url);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** Scheme, host and port: the key is bound to the origin it was entered for. */
export function originOf(apiUrl: string): string | null {
  return URL.canParse(apiUrl) ? new URL(apiUrl).origin : null;
}

export const MAX_FAILURE_EMAILS = 50;

/** "a@x.ch, b@y.com" (commas, semicolons or lines) → unique addresses; each one checked. */
export const ZEmailList = z
  .string()
  .default("")
  .transform((value) => [
    ...new Set(
      value
        .split(/[,;\n]/)
        .map((v) => v.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .superRefine((emails, ctx) => {
    if (emails.length > MAX_FAILURE_EMAILS)
      return void ctx.addIssue({ code: "custom", message: `At most ${MAX_FAILURE_EMAILS} addresses.` });
    const bad = emails.filter((email) => !z.email().safeParse(email).success);
    if (bad.length > 0) ctx.addIssue({ code: "custom", message: `Not an e-mail address: ${bad.join(", ")}.` });
  });

export const ZInterfaceForm = z.object({
  name: ZDisplayName("The name"),
  type: z.enum(["TIXNGO", "TIXNGO_WITH_TEMPLATE"], { error: "Choose TIXNGO or TIXNGO with ticket template." }),
  apiUrl: ZApiUrl,
  username: ZDisplayName("The username (TIXNGO does not use it; it is kept for the record)"),
  /** Write-only. Empty on edit keeps the stored key. */
  apiKey: z
    .string()
    .trim()
    .max(512, "The API key is too long (512 characters at most).")
    .regex(/^[\x21-\x7E]*$/, "The API key may only contain visible ASCII characters, without spaces.")
    .optional(),
  failureEmails: ZEmailList,
  customParameters: ZCustomParameters,
  ticketTemplate: ZTicketTemplate.default([]),
});
export type TInterfaceForm = z.infer<typeof ZInterfaceForm>;
