/** What a failed delivery means for the caller: retry later, or give up on this message. */
export type SmtpFailure = { permanent: boolean; message: string; code: string | null };

// Nodemailer codes with no SMTP reply that retrying the same message cannot fix.
const permanentCodes = new Set(["EAUTH", "ENOAUTH", "EOAUTH2", "ETLS", "EREQUIRETLS", "EENVELOPE", "EMESSAGE", "ECONFIG", "EMAXRECIPIENTS"]);

/**
 * Classifies an error thrown by nodemailer. An SMTP reply decides when there is one (4xx, e.g.
 * 421 or 451: transient; 5xx, e.g. 550 or 535: permanent); without one, network trouble
 * (refused, reset, timed out, DNS) is transient and a configuration or envelope problem
 * (bad credentials, TLS refused, no recipients) is permanent. Unknown errors are transient: the
 * queue's attempt limit bounds them. `message` is the server's answer when it gave one; the
 * caller redacts secrets.
 */
export function classifySmtpError(error: unknown): SmtpFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
    response?: unknown;
    message?: unknown;
  };
  const code = typeof e.code === "string" ? e.code : null;
  const reply = typeof e.response === "string" && e.response.trim() !== "" ? e.response.trim() : null;
  const message = reply ?? (typeof e.message === "string" ? e.message : String(error));
  const status = typeof e.responseCode === "number" ? e.responseCode : replyStatus(reply);
  if (status !== null && status >= 400 && status < 600) return { permanent: status >= 500, message, code };
  return { permanent: code !== null && permanentCodes.has(code), message, code };
}

function replyStatus(reply: string | null): number | null {
  const match = reply ? /^([245]\d\d)[ -]/.exec(reply) : null;
  return match?.[1] ? Number(match[1]) : null;
}
