import nodemailer from "nodemailer";

/** One e-mail to one person. */
export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends e-mail; rejects with the mail server's reason when it refuses. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * A mailer over an SMTP server named by a URL (`smtp://user:pass@mail.example.vn:587`,
 * `smtps://…` for TLS from the start), writing from `from` ("baocao <baocao@ubnd.example.vn>").
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}
