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
