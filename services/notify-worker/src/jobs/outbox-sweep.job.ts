import { type Db, listDueAlertIds } from "@claimwatch/db";
import { alertSend, handlerFor, type HandlerEntry, outboxSweep } from "@claimwatch/queue";

/**
 * Queues a send for every alert that should be sending: pending ones (their job was lost, e.g. a
 * crash between commit and enqueue, or it failed for good on transient errors) and ones whose
 * sender's lease expired. Job-id dedup makes this a no-op for alerts already queued.
 */
export function createOutboxSweepHandler(deps: { db: Db }): HandlerEntry {
  return handlerFor(outboxSweep, async (_payload, ctx) => {
    const ids = await listDueAlertIds(deps.db);
    for (const alertId of ids) await ctx.enqueue(alertSend, { alertId });
    return { status: "done", counts: { alertsRequeued: ids.length } };
  });
}
