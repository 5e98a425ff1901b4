import { type Mailer, renderAlertEmail } from "@claimwatch/alerts";
import { type Db, getAlertDetails, markAlertFailed, markAlertSent, queueAlertForDigest, releaseAlert, takeAlertLease } from "@claimwatch/db";
import { ClaimwatchError } from "@claimwatch/domain";
import { alertSend, handlerFor, type HandlerEntry } from "@claimwatch/queue";

export type NotifyDeps = {
  db: Db;
  mailer: Mailer;
  alertTo: string[];
  dashboardUrl: string;
  /** How long a sender owns an alert; past it, another worker may send it again. */
  leaseMs: number;
  /** immediate: one e-mail per alert; digest: alerts wait for the daily digest. */
  mode: "immediate" | "digest";
};

/**
 * Failures that are the mail set-up's fault, not the message's (wrong credentials, TLS, bad
 * configuration): the alert must stay deliverable once a human fixes the set-up.
 */
const SETUP_FAILURES = new Set(["EAUTH", "ENOAUTH", "ETLS", "ECONFIG"]);

export function isSetupFailure(code: string | null): boolean {
  return code !== null && SETUP_FAILURES.has(code);
}

/** The SMTP server did not take the message this time; the alert stays pending and is retried. */
export class TransientSendError extends ClaimwatchError {}

/**
 * Sends one alert e-mail, once. The alert is leased first, so a second notify worker (or a retry
 * of this job) skips it; it is marked sent right after the server accepts the message. The one
 * window left, a crash between acceptance and the mark, resends after the lease expires with the
 * same Message-ID, which mail clients fold into one message.
 */
export function createAlertSendHandler(deps: NotifyDeps): HandlerEntry {
  return handlerFor(alertSend, async ({ alertId }, ctx) => {
    const alert = await takeAlertLease(deps.db, alertId, deps.leaseMs);
    if (!alert) return { status: "skipped", reason: "already sent, failed, or being sent by another worker" };
    if (deps.mode === "digest") {
      await queueAlertForDigest(deps.db, alertId);
      return { status: "done", reason: "waits for the daily digest", counts: { alertsQueuedForDigest: 1 } };
    }
    const details = await getAlertDetails(deps.db, alertId);
    const first = details?.sources[0];
    if (!details || !first) {
      await markAlertFailed(deps.db, alertId, "the alert has no source article left");
      return { status: "done", counts: { alertsFailed: 1 } };
    }
    const email = renderAlertEmail({
      alertId: String(alert.id),
      kind: alert.kind === "conflict" ? "conflict" : "change",
      claim: details.claim,
      figure: { ...details.figure, quote: first.quote },
      article: { title: first.title, outlet: first.outlet, published: first.published?.toISOString() ?? null, url: first.url },
      sources: details.sources.map((s) => ({
        title: s.title,
        outlet: s.outlet,
        url: s.url,
        published: s.published?.toISOString() ?? null,
      })),
      conflictsWith: details.conflictsWith.map((c) => ({ ...c.figure, alertId: String(c.alertId) })),
      dashboardUrl: deps.dashboardUrl,
    });
    const to = [...new Set([...deps.alertTo, ...(details.claim.recipients ?? [])])];
    const result = await deps.mailer.send({ ...email, to });
    if (result.ok) {
      await markAlertSent(deps.db, alertId, email.messageId);
      ctx.log.info({ alertId, claim: alert.claimKey, messageId: email.messageId, via: deps.mailer.kind }, "alert sent");
      return { status: "done", counts: { alertsSent: 1 } };
    }
    if (result.permanent && !isSetupFailure(result.code)) {
      await markAlertFailed(deps.db, alertId, result.message);
      ctx.log.error({ alertId, claim: alert.claimKey, error: result.message }, "alert refused by the mail server");
      return { status: "done", counts: { alertsFailed: 1 } };
    }
    await releaseAlert(deps.db, alertId, result.message);
    if (result.permanent) ctx.log.error({ alertId, code: result.code, error: result.message }, "mail set-up refused; fix SMTP_URL, the alert stays pending");
    throw new TransientSendError(`alert ${alertId} not sent yet: ${result.message}`);
  });
}
