// The failure e-mail (docs/functions.md): to the interface's failure addresses, over
// SMTP (SMTP_URL, e.g. smtp://127.0.0.1:2525). Says what failed and where to
// look; never carries a secret.
import nodemailer from "nodemailer";

export type TFailureMail = {
  to: string[];
  organizationName: string;
  scheduleName: string;
  functionName: string;
  executionId: number;
  status: "ERROR" | "WARNING";
  message: string;
  counts: { read: number; sent: number; accepted: number; rejected: number; skipped: number };
  appUrl?: string;
};

export type TMailResult = { sent: true; messageId: string } | { sent: false; reason: string };

export function failureMailContent(mail: TFailureMail) {
  const link = mail.appUrl
    ? `${mail.appUrl.replace(/\/$/, "")}/executions/${mail.executionId}`
    : `execution #${mail.executionId}`;
  const subject = `[S-360 ↔ TIXNGO] ${mail.status}: ${mail.scheduleName} (execution #${mail.executionId})`;
  const text = [
    `The ${mail.functionName} schedule "${mail.scheduleName}" of ${mail.organizationName} ended with status ${mail.status}.`,
    "",
    mail.message,
    "",
    `Read ${mail.counts.read}, sent ${mail.counts.sent}, accepted ${mail.counts.accepted}, rejected ${mail.counts.rejected}, skipped ${mail.counts.skipped}.`,
    "",
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
