import { ClaimwatchError } from "@claimwatch/domain";

/**
 * The mail transport cannot work as configured or did not answer (thrown by createMailer and
 * verify; send() returns failures instead). Messages never contain the SMTP password.
 */
export class MailerError extends ClaimwatchError {
  readonly code: string | null;
  constructor(message: string, options: { permanent: boolean; code?: string | null }) {
    super(message, { permanent: options.permanent });
    this.code = options.code ?? null;
  }
}

/** An e-mail cannot be rendered from its input (a bug in the caller, never worth a retry). */
export class EmailRenderError extends ClaimwatchError {
  constructor(message: string) {
    super(message, { permanent: true });
  }
}
