import { createTransport } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import { classifySmtpError } from "./classify-smtp-error.ts";
import { MailerError } from "./errors.ts";
import { composeMessage } from "./to-mail-options.ts";
import type { Mailer } from "./types.ts";

/**
 * An SMTP mailer. The password lives only inside the transport's closure: it is not a property
 * of the returned object, nodemailer's logger is off, and every message returned or thrown is
 * passed through `redact` (the password raw, URL-encoded and as an AUTH PLAIN token, and the
 * whole URL).
 */
export function createSmtpMailer(opts: { smtpUrl: string; from: string; timeoutMs: number }): Mailer {
  const { smtpUrl, from, timeoutMs } = opts;
  const target = describeTarget(smtpUrl);
  const options = parseSmtpUrl(smtpUrl, target);
  const redact = makeRedactor(smtpUrl, options.auth);
  const transport = createTransport({
    ...options,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    logger: false,
    debug: false,
  });

  return {
    kind: "smtp",
    async send(message) {
      if (message.to.length === 0) return { ok: false, permanent: true, message: "no recipients", code: "EENVELOPE" };
      try {
        const raw = await composeMessage(message, from);
        const info = await transport.sendMail({ envelope: { from, to: message.to }, raw });
        const rejected = (info.rejected ?? []).map(String);
        const note = rejected.length > 0 ? ` (rejected: ${rejected.join(", ")})` : "";
        return { ok: true, response: redact(`${info.response}${note}`) };
      } catch (error) {
        const failure = classifySmtpError(error);
        return { ok: false, permanent: failure.permanent, message: redact(failure.message), code: failure.code };
      }
    },
    async verify() {
      try {
        await transport.verify();
      } catch (error) {
        const failure = classifySmtpError(error);
        throw new MailerError(redact(`SMTP server ${target} refused or did not answer: ${failure.message}`), failure);
      }
    },
    async close() {
      transport.close();
    },
  };
}

type SmtpOptions = ReturnType<typeof parseConnectionUrl>;

function parseSmtpUrl(smtpUrl: string, target: string): SmtpOptions {
  let protocol: string;
  try {
    protocol = new URL(smtpUrl).protocol;
  } catch {
    // The URL (and its password) stays out of the message.
    throw new MailerError(`SMTP_URL is not a URL (${target})`, { permanent: true, code: "ECONFIG" });
  }
  if (protocol !== "smtp:" && protocol !== "smtps:") {
    throw new MailerError(`SMTP_URL must start with smtp:// or smtps://, got ${protocol}//`, { permanent: true, code: "ECONFIG" });
  }
  return parseConnectionUrl(smtpUrl);
}

/** "host:port" for messages, never the credentials. */
function describeTarget(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    return url.port ? `${url.hostname}:${url.port}` : url.hostname;
  } catch {
    return "unparsable URL";
  }
}

function makeRedactor(smtpUrl: string, auth: SmtpOptions["auth"]): (text: string) => string {
  const user = typeof auth?.user === "string" ? auth.user : "";
  const pass = typeof auth?.pass === "string" ? auth.pass : "";
  const secrets = [smtpUrl];
  if (pass) {
    secrets.push(
      pass,
      encodeURIComponent(pass),
      Buffer.from(pass).toString("base64"),
      Buffer.from(`\u0000${user}\u0000${pass}`).toString("base64"),
    );
  }
  const ordered = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((out, secret) => out.split(secret).join("***"), text);
}
