import { createHash } from "node:crypto";

const messageIdDomain = "claimwatch.invalid";

/**
 * The Message-ID of an alert, derived from its id alone: a resend after a crash or a retry is the
 * same message, which mail clients and servers fold into one.
 */
export function alertMessageId(alertId: string): string {
  return `<alert-${toIdToken(alertId)}@${messageIdDomain}>`;
}

/** The Message-ID of an operator notice (feed health), from its id alone. */
export function noticeMessageId(noticeId: string): string {
  return `<notice-${toIdToken(noticeId)}@${messageIdDomain}>`;
}

/** The Message-ID of one day's digest to one set of recipients (order and case ignored). */
export function digestMessageId(date: string, recipients: string[]): string {
  const who = [...new Set(recipients.map((r) => r.trim().toLowerCase()))].sort().join(",");
  return `<digest-${toIdToken(date)}-${sha256(who).slice(0, 16)}@${messageIdDomain}>`;
}

/** A file name for a message, stable for one Message-ID: "alert-42@claimwatch.invalid.eml". */
export function emlFileName(messageId: string): string {
  const bare = messageId.replace(/^<|>$/g, "");
  const safe = bare.replace(/[^A-Za-z0-9._@-]/g, "_");
  // Distinct ids must not share a file after the replacement above.
  const name = safe === bare && !safe.startsWith(".") ? safe : `${safe.replace(/^\.+/, "_")}-${sha256(bare).slice(0, 12)}`;
  return `${name.slice(0, 200)}.eml`;
}

/** Ids made of safe characters are kept (readable in a mail log); anything else is hashed. */
function toIdToken(id: string): string {
  return /^[A-Za-z0-9._-]{1,64}$/.test(id) ? id : sha256(id).slice(0, 32);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
