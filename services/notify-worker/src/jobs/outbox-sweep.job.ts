import { type Db, listDueAlertIds, listDueNoticeIds } from "@claimwatch/db";
import { alertSend, handlerFor, type HandlerEntry, noticeSend, outboxSweep } from "@claimwatch/queue";

/**
 * Queues a send for every alert and notice that should be sending: pending ones (their job was lost, e.g. a
 * crash between commit and enqueue, or it failed for good on transient errors) and ones whose
 * sender's lease expired. Job-id dedup makes this a no-op for alerts already queued.
 */
export function createOutboxSweepHandler(deps: { db: Db }): HandlerEntry {
  return handlerFor(outboxSweep, async (_payload, ctx) => {
    const alertIds = await listDueAlertIds(deps.db);
    for (const alertId of alertIds) await ctx.enqueue(alertSend, { alertId });
    const noticeIds = await listDueNoticeIds(deps.db);
    for (const noticeId of noticeIds) await ctx.enqueue(noticeSend, { noticeId });
    return { status: "done", counts: { alertsRequeued: alertIds.length, noticesRequeued: noticeIds.length } };
  });
}
