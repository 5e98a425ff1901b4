// A real SMTP server on a loopback port for integration and end-to-end tests (smtp-server, the
// server half of nodemailer's project). It keeps every accepted message and can be told to
// answer a command with a given reply, also while it runs (`setReplies`).
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export type ReceivedMessage = {
  from: string | null;
  to: string[];
  /** True when the session was upgraded with STARTTLS. */
  secure: boolean;
  user: string | null;
  raw: string;
  parsed: ParsedMail;
};

export type SmtpTestServer = {
  port: number;
  url: string;
  received: ReceivedMessage[];
  /** Changes how MAIL FROM / RCPT TO are answered from now on (null: accept). */
  setReplies(replies: Pick<SmtpTestServerOptions, "mailFromReply" | "rcptToReply">): void;
  close(): Promise<void>;
};

export type Reply = { code: number; text: string };

export type SmtpTestServerOptions = {
  /** Offer STARTTLS (with smtp-server's built-in self-signed certificate). */
  isStartTlsOffered?: boolean;
  /** Require AUTH with these credentials; the server's 535 reply repeats the password it got. */
  credentials?: { user: string; pass: string };
  /** Answer MAIL FROM with this reply instead of accepting it. */
  mailFromReply?: Reply | null;
  /** Answer RCPT TO with this reply instead of accepting it. */
  rcptToReply?: Reply | null;
};

const replyError = ({ code, text }: Reply) => Object.assign(new Error(text), { responseCode: code });

export async function startSmtpTestServer(initial: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const opts = { ...initial };
  const received: ReceivedMessage[] = [];
  const { credentials } = opts;
  const options: SMTPServerOptions = {
    logger: false,
    authOptional: credentials === undefined,
    disabledCommands: opts.isStartTlsOffered ? [] : ["STARTTLS"],
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.pass) {
        callback(null, { user: auth.username });
      } else {
        // A careless server that echoes what it got: the mailer must still never return it.
        callback(replyError({ code: 535, text: `5.7.8 Authentication failed for ${auth.username}/${auth.password}` }));
      }
    },
    onMailFrom(_address, _session, callback) {
      callback(opts.mailFromReply ? replyError(opts.mailFromReply) : null);
    },
    onRcptTo(_address, _session, callback) {
      callback(opts.rcptToReply ? replyError(opts.rcptToReply) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw).then(
          (parsed) => {
            const mailFrom = session.envelope.mailFrom;
            received.push({
              from: mailFrom ? mailFrom.address : null,
              to: session.envelope.rcptTo.map((r) => r.address),
              secure: session.secure,
              user: typeof session.user === "string" ? session.user : null,
              raw,
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    setReplies: (replies) => Object.assign(opts, replies),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
