import { type Mailer, type RenderedEmail, renderFeedHealthEmail } from "@claimwatch/alerts";
import { type Db, findNotice, markAlertsDigested, markNoticeFailed, markNoticeSent, type Notice, releaseNotice, takeNoticeLease } from "@claimwatch/db";
import { handlerFor, type HandlerEntry, noticeSend } from "@claimwatch/queue";
import { isSetupFailure, TransientSendError } from "./alert-send.job.ts";

export type NoticeDeps = { db: Db; mailer: Mailer; alertTo: string[]; dashboardUrl: string; leaseMs: number };

/** What a digest notice carries: the message rendered when the digest was built. */
export type DigestPayload = { date: string; since: string; until: string; alertIds: number[]; to: string[]; email: RenderedEmail };

type FeedHealthPayload = {
  feed: { url: string; name: string | null };
  error: string | null;
  consecutiveFailures: number;
  lastSuccessAt: string | null;
};

/**
 * Sends one notice (a feed-health notice to the operator, or a digest), once, with the same
 * lease-then-mark protocol as alerts. A digest marks the alerts it carried as sent.
 */
export function createNoticeSendHandler(deps: NoticeDeps): HandlerEntry {
  return handlerFor(noticeSend, async ({ noticeId }, ctx) => {
    const leased = await takeNoticeLease(deps.db, noticeId, deps.leaseMs);
    if (!leased) return { status: "skipped", reason: "already sent, failed, or being sent by another worker" };
    const notice = (await findNotice(deps.db, noticeId)) as Notice;
    const { email, to } = renderNotice(notice, deps);
    if (to.length === 0 && deps.mailer.kind === "smtp") {
      await markNoticeFailed(deps.db, noticeId, "no recipients: set ALERT_TO");
      return { status: "done", counts: { noticesFailed: 1 } };
    }
    const result = await deps.mailer.send({ ...email, to });
    if (result.ok) {
      await deps.db.transaction(async (tx) => {
        await markNoticeSent(tx, noticeId, email.messageId);
        if (notice.kind === "digest") await markAlertsDigested(tx, (notice.payload as DigestPayload).alertIds, email.messageId);
      });
      ctx.log.info({ noticeId, kind: notice.kind, messageId: email.messageId }, "notice sent");
      return { status: "done", counts: { noticesSent: 1 } };
    }
    if (result.permanent && !isSetupFailure(result.code)) {
      await markNoticeFailed(deps.db, noticeId, result.message);
      return { status: "done", counts: { noticesFailed: 1 } };
    }
    await releaseNotice(deps.db, noticeId, result.message);
    throw new TransientSendError(`notice ${noticeId} not sent yet: ${result.message}`);
  });
}

function renderNotice(notice: Notice, deps: NoticeDeps): { email: RenderedEmail; to: string[] } {
  if (notice.kind === "digest") {
    const payload = notice.payload as DigestPayload;
    return { email: payload.email, to: payload.to };
  }
  const payload = notice.payload as FeedHealthPayload;
  const email = renderFeedHealthEmail({
    noticeId: String(notice.id),
    kind: notice.kind === "feed-recovered" ? "feed-recovered" : "feed-unhealthy",
    feed: payload.feed,
    error: payload.error,
    consecutiveFailures: payload.consecutiveFailures,
    lastSuccessAt: payload.lastSuccessAt,
    dashboardUrl: deps.dashboardUrl,
  });
  return { email, to: deps.alertTo };
}
