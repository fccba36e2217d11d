// A real SMTP server on loopback that keeps what it receives: the tests read
// it, and the demo prints each failure e-mail to its console.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TCapturedMail = { from: string; to: string[]; subject: string; text: string; raw: string };

export async function startSmtpCapture(
  port = 0,
  onMail?: (mail: TCapturedMail) => void,
): Promise<{ url: string; mails: TCapturedMail[]; close(): Promise<void> }> {
  const mails: TCapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        void simpleParser(raw).then((parsed) => {
          const mail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            raw,
          };
          mails.push(mail);
          onMail?.(mail);
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
