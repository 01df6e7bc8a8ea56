import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** An e-mail as the local server received it. */
export interface ReceivedMail {
  readonly to: string;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
}

/** A real SMTP server on a free local port that keeps what it receives (and can refuse). */
export interface SmtpSink {
  readonly url: string;
  readonly received: ReceivedMail[];
  /** While true, every recipient is refused (a mail server that is down or full). */
  refusing: boolean;
  close(): Promise<void>;
}

/** Starts the server; mail is parsed with mailparser, so tests read what a mail client would. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const sink = { received, refusing: false } as SmtpSink & { url: string };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(sink.refusing ? new Error("452 Mailbox full") : undefined);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: mail.to && !Array.isArray(mail.to) ? mail.to.text : "",
            from: mail.from?.text ?? "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
