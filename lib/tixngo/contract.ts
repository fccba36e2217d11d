// The TIXNGO organizer API as this project speaks it (docs/tixngo-api.md).
// One set of zod schemas, imported by the app's client and by the simulator,
// so the two cannot drift.
import { z } from "zod";
import { TixngoStatus } from "@/lib/generated/prisma/enums";

export const API_KEY_HEADER = "x-tixngo-key";
export const MAX_ITEMS_PER_CALL = 1000;
export const MAX_DIFF_LIMIT = 10_000;

export const ZLifecycleStatus = z.enum(TixngoStatus);
export type TLifecycleStatus = z.infer<typeof ZLifecycleStatus>;

/** RFC 3339 with an offset (Z or ±hh:mm). */
export const ZDateTime = z.iso.datetime({ offset: true });
const ZDate = z.iso.date();

// ─── Errors ──────────────────────────────────────────────────────────────

export const ErrorCode = {
  INVALID_REQUEST: "INVALID_REQUEST",
  INVALID_JSON: "INVALID_JSON",
  UNAUTHORIZED: "UNAUTHORIZED",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  INVALID_PAGINATION_KEY: "INVALID_PAGINATION_KEY",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL: "INTERNAL",
} as const;

export const ZApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type TApiError = z.infer<typeof ZApiError>;

/** A zod error as the API's `details`: one `{ path, message }` per issue. */
export function issueDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join(".") || "(body)", message: issue.message }));
}

// ─── Spectators ──────────────────────────────────────────────────────────

export const ZSpectatorPreference = z.object({
  allowPromoEmail: z.boolean(),
  allowThirdPartyEmail: z.boolean(),
});

export const ZSpectatorDetails = z.object({
  title: z.string().max(20).optional(),
  gender: z.enum(["M", "F", "U", "X"]).optional(),
  firstName: z.string().min(1).max(50),
  lastName: z.string().min(1).max(100),
  email: z.email().max(256),
  dateOfBirth: ZDate.optional(),
  nationality: z.string().length(2).optional(),
  idCardNumber: z.string().max(50).optional(),
  phoneNumber: z.string().max(30).optional(),
  residenceCountry: z.string().length(2).optional(),
  language: z.string().min(2).max(5).optional(),
  organizerSpectatorPreference: ZSpectatorPreference.optional(),
});
export type TSpectatorDetails = z.infer<typeof ZSpectatorDetails>;

// ─── Events ──────────────────────────────────────────────────────────────

export const ZEventId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._-]+$/, "letters, digits, . _ - only");

export const ZEvent = z.object({
  id: ZEventId,
  name: z.string().min(1).max(256),
  startTime: ZDateTime,
  expirationDate: ZDateTime.optional(),
  website: z.url().optional(),
  address: z.object({
    site: z.string().min(1),
    city: z.string().min(1),
    countryCode: z.string().length(2),
    zip: z.string().min(1),
    line1: z.string().optional(),
    line2: z.string().optional(),
    line3: z.string().optional(),
  }),
  metadata: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
  group: z.object({ name: z.string() }).optional(),
});
export type TEvent = z.infer<typeof ZEvent>;

// ─── Ticket injection ────────────────────────────────────────────────────

export const ZTicketId = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[a-zA-Z0-9 *.\-_+/()]+$/, "ticketId allows a-z A-Z 0-9 space * . - _ + / ( ) only");

export const ZTicket = z.object({
  ticketId: ZTicketId,
  event: z.object({ id: ZEventId }),
  purchaseDetails: z.object({
    fileNumber: z.string().min(1),
    taxNumber: z.string().min(1),
    purchaseDate: ZDateTime,
    price: z.number().nonnegative(),
    currency: z.string().length(3),
    category: z.string().min(1),
    tariffId: z.string().optional(),
    seatCategoryId: z.string().optional(),
  }),
  security: z.object({ barcode: z.string().min(1).max(512) }),
  spectatorDetails: ZSpectatorDetails,
  mainApplicant: z.boolean().default(false),
  seatingDetails: z
    .object({
      gate: z.string().optional(),
      block: z.string().optional(),
      row: z.string().optional(),
      seat: z.string().optional(),
    })
    .catchall(z.string())
    .optional(),
  activationParameters: z.object({ method: z.enum(["online", "offline"]), time: ZDateTime }).optional(),
});
export type TTicket = z.infer<typeof ZTicket>;
export type TTicketInput = z.input<typeof ZTicket>;

// The envelope is checked whole (400 when broken); each item on its own
// (REJECTED with the reason), as TIXNGO's batch endpoints answer per item.
export const ZInjectTicketsRequest = z.object({ tickets: z.array(z.unknown()).min(1).max(MAX_ITEMS_PER_CALL) });

export const ItemRejection = {
  INVALID: "INVALID",
  ALREADY_INJECTED: "ALREADY_INJECTED",
  EVENT_NOT_FOUND: "EVENT_NOT_FOUND",
  NOT_FOUND: "NOT_FOUND",
  DELETED: "DELETED",
  DEFINITION_NOT_FOUND: "DEFINITION_NOT_FOUND",
} as const;

export const ZItemResult = z.object({
  id: z.string(),
  status: z.enum(["ACCEPTED", "REJECTED"]),
  reason: z.string().optional(),
  message: z.string().optional(),
});
export type TItemResult = z.infer<typeof ZItemResult>;

export const ZBatchResponse = z.object({ results: z.array(ZItemResult) });
export type TBatchResponse = z.infer<typeof ZBatchResponse>;

// ─── Invalidation and control ────────────────────────────────────────────

export const ZInvalidationReason = z.enum(["CANCELLED", "INVALIDATED", "REPRINT", "RESALE"]);

export const ZInvalidateRequest = z.object({
  tickets: z
    .array(z.object({ ticketId: ZTicketId, reason: ZInvalidationReason, showDeletedTicket: z.boolean() }))
    .min(1)
    .max(MAX_ITEMS_PER_CALL),
});
export type TInvalidateRequest = z.infer<typeof ZInvalidateRequest>;

export const ZControlRequest = z.object({
  tickets: z
    .array(z.object({ ticketId: ZTicketId, controlledAt: ZDateTime }))
    .min(1)
    .max(MAX_ITEMS_PER_CALL),
});
export type TControlRequest = z.infer<typeof ZControlRequest>;

// ─── Diff feed ───────────────────────────────────────────────────────────

export const ZTransferStatus = z.enum(["PENDING", "ACCEPTED", "REJECTED", "CANCELLED", "TIMED_OUT"]);

export const ZLifecycleTicket = z.object({
  sequence: z.number().int().positive(),
  ticketId: z.string(),
  /** The S-360 tax number: a ticket's ticketId, a card's privilegeId (never its card number). */
  taxNumber: z.string(),
  /** Cards only: the card number sent with the privilege. */
  cardNumber: z.string().optional(),
  eventId: z.string(),
  status: ZLifecycleStatus,
  statusChangedAt: ZDateTime,
  actor: z.enum(["MOBILE", "BACKOFFICE", "S360", "SYSTEM"]),
  activationMethod: z.enum(["BT", "MANUAL", "OFFLINE", "ONLINE"]).optional(),
  /** The current wallet owner (null before anyone holds it in a wallet). */
  owner: ZSpectatorDetails.nullable(),
  /** The holder / assignee; carries the spectator's organizer preferences. */
  spectatorDetails: ZSpectatorDetails.nullable(),
  previousOwner: ZSpectatorDetails.optional(),
  transfer: z.object({ senderEmail: z.email(), recipientEmail: z.email(), status: ZTransferStatus }).optional(),
});
export type TLifecycleTicket = z.infer<typeof ZLifecycleTicket>;

export const ZDiffQuery = z.object({
  paginationKey: z.string().min(1).max(512).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_DIFF_LIMIT).default(1000),
});

export const ZDiffResponse = z.object({
  tickets: z.array(ZLifecycleTicket),
  nextPageKey: z.string(),
  hasMore: z.boolean(),
});
export type TDiffResponse = z.infer<typeof ZDiffResponse>;

// ─── Digital privileges ──────────────────────────────────────────────────

export const ZPrivilegeDefinition = z.object({
  id: ZEventId,
  name: z.string().min(1).max(256),
  type: z.enum(["MEMBERSHIP", "SEASON_CARD"]),
  validFrom: ZDateTime,
  validTo: ZDateTime,
  eventIds: z.array(ZEventId).default([]),
});
export type TPrivilegeDefinition = z.infer<typeof ZPrivilegeDefinition>;

export const ZPrivilege = z.object({
  privilegeId: ZTicketId,
  definitionId: ZEventId,
  holder: ZSpectatorDetails,
  cardNumber: z.string().min(1).max(128),
});
export type TPrivilege = z.infer<typeof ZPrivilege>;

export const ZPrivilegesRequest = z.object({ privileges: z.array(z.unknown()).min(1).max(MAX_ITEMS_PER_CALL) });
