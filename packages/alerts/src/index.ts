export { type AlertEmailInput, renderAlertEmail } from "./render-alert-email.ts";
export {
  type DigestCorroboration,
  type DigestInput,
  type DigestNewValue,
  renderDigestEmail,
} from "./render-digest-email.ts";
export { type FeedHealthEmailInput, renderFeedHealthEmail } from "./render-feed-health-email.ts";
export { formatFigure } from "./format-figure.ts";
export { describeChange } from "./describe-change.ts";
export { createMailer, type MailerOptions } from "./create-mailer.ts";
export { classifySmtpError } from "./classify-smtp-error.ts";
export { EmailRenderError, MailerError } from "./errors.ts";
export type { ArticleRef, Mailer, OutgoingEmail, RenderedEmail, SendResult } from "./types.ts";
