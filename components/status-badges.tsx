import type { ExecutionStatus, TicketStatus, TixngoStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "./ui/badge";
import { STATUS_LABELS, statusFamily, type TStatusFamily } from "@/lib/tixngo/statuses";

const FAMILY_COLORS: Record<TStatusFamily, string> = {
  INITIAL_DELIVERY: "bg-sky-50 text-sky-800 ring-sky-200",
  TRANSFER: "bg-amber-50 text-amber-800 ring-amber-200",
  ACTIVATION: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  CONTROL: "bg-violet-50 text-violet-800 ring-violet-200",
  DELETION: "bg-rose-50 text-rose-800 ring-rose-200",
  TECHNICAL: "bg-slate-100 text-slate-700 ring-slate-300",
};

export function TixngoStatusBadge({ status }: { status: TixngoStatus | null }) {
  if (!status) return <Badge tone="muted">Not in TIXNGO</Badge>;
  return (
    <Badge className={FAMILY_COLORS[statusFamily(status)]} title={status} data-status={status}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

const TICKET_COLORS: Record<TicketStatus, string> = {
  NOT_PRINTED: "bg-slate-100 text-slate-700 ring-slate-300",
  PRINTED: "bg-sky-50 text-sky-800 ring-sky-200",
  CONTROLLED: "bg-violet-50 text-violet-800 ring-violet-200",
  INVALIDATED: "bg-orange-50 text-orange-800 ring-orange-200",
  CANCELLED: "bg-rose-50 text-rose-800 ring-rose-200",
};

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  NOT_PRINTED: "Not printed",
  PRINTED: "Printed",
  CONTROLLED: "Controlled",
  INVALIDATED: "Invalidated",
  CANCELLED: "Cancelled",
};

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return (
    <Badge className={TICKET_COLORS[status]} data-status={status}>
      {TICKET_STATUS_LABELS[status]}
    </Badge>
  );
}

const EXECUTION_COLORS: Record<ExecutionStatus, string> = {
  QUEUED: "bg-slate-100 text-slate-700 ring-slate-300",
  RUNNING: "bg-sky-50 text-sky-800 ring-sky-200",
  OK: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  WARNING: "bg-amber-50 text-amber-800 ring-amber-200",
  ERROR: "bg-rose-50 text-rose-800 ring-rose-200",
  CANCELLED: "bg-slate-100 text-slate-600 ring-slate-300",
  INTERRUPTED: "bg-orange-50 text-orange-800 ring-orange-200",
  SKIPPED: "bg-amber-50 text-amber-700 ring-amber-200",
};

export function ExecutionStatusBadge({ status }: { status: ExecutionStatus }) {
  return (
    <Badge className={EXECUTION_COLORS[status]} data-status={status}>
      {status}
    </Badge>
  );
}

/** Why a slot did not run, why a run waits, or how long it waited for its turn: never silent. */
export function ExecutionDelayNote({
  execution,
}: {
  execution: { status: ExecutionStatus; message: string | null; queuedAt: Date; startedAt: Date | null };
}) {
  const waitedSeconds = execution.startedAt
    ? Math.round((execution.startedAt.getTime() - execution.queuedAt.getTime()) / 1000)
    : 0;
  const note =
    execution.status === "SKIPPED" || execution.status === "QUEUED"
      ? execution.message
      : waitedSeconds >= 5
        ? `Started ${waitedSeconds} s after its slot: it waited for its turn.`
        : null;
  return note ? (
    <div className="muted max-w-md text-xs" data-testid="execution-delay">
      {note}
    </div>
  ) : null;
}
