/** An article as an e-mail cites it. Every field but `url` may be missing; all of it is untrusted. */
export type ArticleRef = {
  title: string | null;
  outlet: string | null;
  /** ISO date or date-time as the article gave it. */
  published: string | null;
  url: string;
};

/** A message ready to send: both bodies, the claimwatch headers and a stable Message-ID. */
export type RenderedEmail = {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** With angle brackets, e.g. "<alert-42@claimwatch.invalid>". */
  messageId: string;
};

export type OutgoingEmail = RenderedEmail & { to: string[] };

export type SendResult =
  | { ok: true; /** The SMTP server's reply, or the path of the .eml file. */ response: string }
  | {
      ok: false;
      /** True when resending this message cannot help (5xx, bad credentials, no recipients). */
      permanent: boolean;
      /** The server's answer or the local error; never the SMTP password. */
      message: string;
      /** Nodemailer's or the file system's error code (ECONNECTION, ETIMEDOUT, EAUTH, EENVELOPE, EACCES, ...). */
      code: string | null;
    };

export type Mailer = {
  send(message: OutgoingEmail): Promise<SendResult>;
  /** Checks the server answers and takes the credentials, or the outbox is writable; throws MailerError. */
  verify(): Promise<void>;
  close(): Promise<void>;
  kind: "smtp" | "eml";
};
