// The 19 TIXNGO lifecycle statuses grouped as docs/ticket-states.md groups them, with what an
// operator should read in each. Single source for badges, filters and the guide.
import type { TixngoStatus } from "@/lib/generated/prisma/enums";

export type TStatusFamily = "INITIAL_DELIVERY" | "TRANSFER" | "ACTIVATION" | "CONTROL" | "DELETION" | "TECHNICAL";

export const STATUS_FAMILIES: { family: TStatusFamily; label: string; statuses: TixngoStatus[]; meaning: string }[] = [
  {
    family: "INITIAL_DELIVERY",
    label: "Initial delivery",
    statuses: ["INJECTED", "DOWNLOADED", "ASSIGNED"],
    meaning: "The ticket is in TIXNGO and/or in the spectator's wallet.",
  },
  {
    family: "TRANSFER",
    label: "Transfer",
    statuses: ["PENDING_TRANSFER", "FAILURE_TRANSFER", "TRANSFERRED"],
    meaning: "The ticket is moving from one wallet to another.",
  },
  {
    family: "ACTIVATION",
    label: "Activation",
    statuses: ["BT_ACTIVATED", "MANUAL_ACTIVATED", "OFFLINE_ACTIVATED", "ONLINE_ACTIVATED", "ACTIVATED", "DEACTIVATED"],
    meaning: "The ticket was activated and its QR code can be shown in the app.",
  },
  {
    family: "CONTROL",
    label: "Control",
    statuses: ["CONTROLLED"],
    meaning: "The ticket was used to enter the premises.",
  },
  {
    family: "DELETION",
    label: "Deletion",
    statuses: ["DELETION_PENDING", "DELETED"],
    meaning: "The ticket was deleted (cancelled or invalidated in S-360) and cannot be used.",
  },
  {
    family: "TECHNICAL",
    label: "Technical",
    statuses: ["DEFAULT", "INVALID", "PENDING", "FAILURE"],
    meaning: "Technical states of the wallet platform (FAILURE: a transfer timed out).",
  },
];

const familyByStatus = new Map<TixngoStatus, TStatusFamily>(
  STATUS_FAMILIES.flatMap((group) => group.statuses.map((status) => [status, group.family] as const)),
);

export function statusFamily(status: TixngoStatus): TStatusFamily {
  const family = familyByStatus.get(status);
  if (!family) throw new Error(`Unknown TIXNGO status ${status}`);
  return family;
}

export const STATUS_LABELS: Record<TixngoStatus, string> = {
  INJECTED: "Injected",
  DOWNLOADED: "Downloaded",
  ASSIGNED: "Assigned",
  PENDING_TRANSFER: "Transfer pending",
  FAILURE_TRANSFER: "Transfer failed",
  TRANSFERRED: "Transferred",
  BT_ACTIVATED: "Activated (Bluetooth)",
  MANUAL_ACTIVATED: "Activated (manual)",
  OFFLINE_ACTIVATED: "Activated (offline)",
  ONLINE_ACTIVATED: "Activated (online)",
  ACTIVATED: "Activated",
  DEACTIVATED: "Deactivated",
  CONTROLLED: "Controlled",
  DELETION_PENDING: "Deletion pending",
  DELETED: "Deleted",
  DEFAULT: "Default",
  INVALID: "Invalid",
  PENDING: "Pending",
  FAILURE: "Failure (time-out)",
};
