import { createEmlMailer } from "./eml-mailer.ts";
import { createSmtpMailer } from "./smtp-mailer.ts";
import type { Mailer } from "./types.ts";

export type MailerOptions = {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465; none: .eml files. */
  smtpUrl?: string | null;
  /** Where .eml files go when there is no SMTP URL. */
  outboxDir: string;
  from: string;
  /** Connect, greeting and socket-idle timeout; default 20 s. */
  timeoutMs?: number;
};

/**
 * Sends rendered e-mails over SMTP, or writes them as `<outboxDir>/<file from Message-ID>.eml`
 * when no SMTP URL is given. send() never throws for a delivery failure: it returns whether a
 * retry can help. Throws MailerError (permanent) for an SMTP URL it cannot use.
 */
export function createMailer(opts: MailerOptions): Mailer {
  if (opts.smtpUrl) return createSmtpMailer({ smtpUrl: opts.smtpUrl, from: opts.from, timeoutMs: opts.timeoutMs ?? 20_000 });
  return createEmlMailer(opts.outboxDir, opts.from);
}
