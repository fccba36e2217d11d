// The failure e-mails (docs/functions.md): to the interface's failure
// addresses, over SMTP (SMTP_URL, e.g. smtp://127.0.0.1:2525). "failed" when a
// schedule starts failing, "still failing" at most daily, "recovered" when it
// succeeds again (see notify-outcome.ts). Says what happened and where to
// look; never carries a secret.
import nodemailer from "nodemailer";

export type TMailKind = "FAILED" | "STILL_FAILING" | "RECOVERED";

export type TFailureMail = {
  kind?: TMailKind;
  /** STILL_FAILING: failed runs since the previous e-mail, and since when it fails. */
  failuresSinceMail?: number;
  failingSince?: Date;
  to: string[];
  organizationName: string;
  scheduleName: string;
  functionName: string;
  executionId: number;
  status: string;
  message: string;
  counts: { read: number; sent: number; accepted: number; rejected: number; skipped: number };
  appUrl?: string;
};

export type TMailResult = { sent: true; messageId: string } | { sent: false; reason: string };

export function failureMailContent(mail: TFailureMail) {
  const link = mail.appUrl
    ? `${mail.appUrl.replace(/\/$/, "")}/executions/${mail.executionId}`
    : `execution #${mail.executionId}`;
  const what = `The ${mail.functionName} schedule "${mail.scheduleName}" of ${mail.organizationName}`;
  const since = mail.failingSince?.toISOString().replace("T", " ").slice(0, 16);
  const [subject, opening] =
    mail.kind === "RECOVERED"
      ? [
          `[S-360 ↔ TIXNGO] RECOVERED: ${mail.scheduleName} (execution #${mail.executionId})`,
          `${what} works again: execution #${mail.executionId} ended with status ${mail.status}${since ? ` (failing since ${since} UTC)` : ""}.`,
        ]
      : mail.kind === "STILL_FAILING"
        ? [
            `[S-360 ↔ TIXNGO] STILL FAILING: ${mail.scheduleName} (execution #${mail.executionId})`,
            `${what} keeps failing since ${since} UTC: ${mail.failuresSinceMail ?? 0} more failed run(s) since the last e-mail. The latest ended with status ${mail.status}.`,
          ]
        : [
            `[S-360 ↔ TIXNGO] ${mail.status}: ${mail.scheduleName} (execution #${mail.executionId})`,
            `${what} ended with status ${mail.status}.`,
          ];
  const text = [
    opening,
    "",
    mail.message,
    "",
    `Read ${mail.counts.read}, sent ${mail.counts.sent}, accepted ${mail.counts.accepted}, rejected ${mail.counts.rejected}, skipped ${mail.counts.skipped}.`,
    "",
    ...(mail.kind === "FAILED"
      ? ["While it keeps failing you get at most one reminder a day, and one e-mail when it recovers.", ""]
      : []),
    `Details and log: ${link}`,
  ].join("\n");
  return { subject, text };
}

export async function sendFailureMail(mail: TFailureMail, smtpUrl = process.env.SMTP_URL): Promise<TMailResult> {
  if (mail.to.length === 0) return { sent: false, reason: "The interface has no failure e-mail address." };
  if (!smtpUrl) return { sent: false, reason: "SMTP_URL is not set: the failure e-mail was not sent." };
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    const { subject, text } = failureMailContent(mail);
    const info = await transport.sendMail({
      from: process.env.MAIL_FROM ?? "S-360 TIXNGO interface <no-reply@s360.local>",
      to: mail.to,
      subject,
      text,
    });
    return { sent: true, messageId: info.messageId };
  } catch (error) {
    return { sent: false, reason: `The SMTP server refused the failure e-mail: ${(error as Error).message}` };
  } finally {
    transport.close();
  }
}
