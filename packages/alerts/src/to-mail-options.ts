import MailComposer from "nodemailer/lib/mail-composer";
import type { OutgoingEmail } from "./types.ts";

/** The options both transports build a message from, so SMTP and .eml carry the same headers. */
export function toMailOptions(message: OutgoingEmail, from: string) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    messageId: message.messageId,
  };
}

/**
 * The message as the bytes both transports deliver. nodemailer rewrites header names into its own
 * casing ("X-Claimwatch-Alert-Id" becomes "...-Alert-ID"); names are case-insensitive in mail, but
 * tools that grep for the documented name should find it, so our own headers keep their spelling.
 */
export async function composeMessage(message: OutgoingEmail, from: string): Promise<Buffer> {
  const raw = (await new MailComposer(toMailOptions(message, from)).compile().build()).toString("utf8");
  const split = raw.indexOf("\r\n\r\n");
  let head = raw.slice(0, split);
  for (const name of Object.keys(message.headers)) {
    head = head.replace(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:`, "im"), `${name}:`);
  }
  return Buffer.from(head + raw.slice(split), "utf8");
}
