// Failure e-mails people keep reading: one when a schedule starts failing, at
// most one reminder a day while it keeps failing, one when it recovers —
// instead of one per failed run (a 5-minute schedule made 288 a day).
import type { TPrisma } from "@/lib/db/client";
import type { LogLevel } from "@/lib/generated/prisma/enums";
import { FUNCTIONS } from "@/lib/functions/registry";
import type { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { sendFailureMail, type TMailKind } from "./failure-mail";

export const DIGEST_EVERY_MS = 24 * 60 * 60_000;

export type TFailureState = { failingSince: Date | null; failureMailAt: Date | null; failuresSinceMail: number };

/** Pure: which e-mail (if any) a run's end calls for, and the schedule's next failure state. */
export function mailDecision(
  state: TFailureState,
  failed: boolean,
  now: Date,
): { send: TMailKind | null; next: TFailureState } {
  if (!failed) {
    return state.failingSince
      ? { send: "RECOVERED", next: { failingSince: null, failureMailAt: null, failuresSinceMail: 0 } }
      : { send: null, next: state };
  }
  if (!state.failingSince) {
    return { send: "FAILED", next: { failingSince: now, failureMailAt: now, failuresSinceMail: 0 } };
  }
  const last = state.failureMailAt ?? state.failingSince;
  if (now.getTime() - last.getTime() >= DIGEST_EVERY_MS) {
    return { send: "STILL_FAILING", next: { ...state, failureMailAt: now, failuresSinceMail: 0 } };
  }
  return { send: null, next: { ...state, failuresSinceMail: state.failuresSinceMail + 1 } };
}

export type TNotifiedSchedule = TFailureState & {
  id: string;
  name: string;
  function: ScheduleFunction;
  notifyOnWarning: boolean;
  interface: { failureEmails: string[] };
  organization: { name: string };
};

type TLog = (level: LogLevel, message: string) => Promise<void>;

/**
 * After a run ended: moves the schedule's failure state (compare-and-set, so
 * two processes never both send) and sends the e-mail it calls for. An
 * INTERRUPTED or CANCELLED run says nothing about health and changes nothing.
 */
export async function notifyOutcome(
  prisma: TPrisma,
  input: {
    schedule: TNotifiedSchedule;
    executionId: number;
    outcome: { status: string; message: string };
    log: TLog;
    now?: Date;
  },
): Promise<void> {
  const { schedule, executionId, outcome, log } = input;
  if (outcome.status === "INTERRUPTED" || outcome.status === "CANCELLED") return;
  const failed = outcome.status === "ERROR" || (outcome.status === "WARNING" && schedule.notifyOnWarning);
  // The state as it is now (the schedule row was read when the run started).
  const state = await prisma.schedule.findUniqueOrThrow({
    where: { id: schedule.id },
    select: { failingSince: true, failureMailAt: true, failuresSinceMail: true },
  });
  const { send, next } = mailDecision(state, failed, input.now ?? new Date());
  const moved = await prisma.schedule.updateMany({
    where: { id: schedule.id, failingSince: state.failingSince, failureMailAt: state.failureMailAt },
    data: next,
  });
  if (moved.count === 0 || !send) {
    if (failed && moved.count === 1)
      await log(
        "INFO",
        `No failure e-mail: this schedule has been failing since ${state.failingSince?.toISOString()} and was reported; a reminder goes out at most daily, and an e-mail when it recovers.`,
      );
    return;
  }
  const ended = await prisma.execution.findUniqueOrThrow({ where: { id: executionId } });
  const mail = await sendFailureMail({
    kind: send,
    failuresSinceMail: state.failuresSinceMail,
    failingSince: state.failingSince ?? undefined,
    to: schedule.interface.failureEmails,
    organizationName: schedule.organization.name,
    scheduleName: schedule.name,
    functionName: FUNCTIONS[schedule.function].label,
    executionId,
    status: outcome.status,
    message: outcome.message,
    counts: {
      read: ended.readCount,
      sent: ended.sentCount,
      accepted: ended.acceptedCount,
      rejected: ended.rejectedCount,
      skipped: ended.skippedCount,
    },
    appUrl: process.env.APP_URL,
  });
  const label = { FAILED: "Failure", STILL_FAILING: "Still-failing reminder", RECOVERED: "Recovery" }[send];
  await log(
    mail.sent ? "INFO" : "WARN",
    mail.sent ? `${label} e-mail sent to ${schedule.interface.failureEmails.join(", ")}.` : mail.reason,
  );
}
