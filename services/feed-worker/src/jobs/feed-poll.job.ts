import type { FeedItem } from "@claimwatch/domain";
import { type Db, type Feed, findFeed, insertFeedItem, insertNotice, isUniqueViolation, listFeedPublishDates, updateFeedAfterPoll } from "@claimwatch/db";
import { pollFeed } from "@claimwatch/feeds";
import { type FeedOutcome, nextFeedHealth, nextPollDelayMs } from "@claimwatch/feeds/schedule";
import { type HttpClient, isPrivateUrl } from "@claimwatch/http";
import { articleFetch, feedPoll, handlerFor, type HandlerEntry, type JobContext, noticeSend } from "@claimwatch/queue";
import type { FetchEnv } from "@claimwatch/runtime";

export type FeedDeps = {
  db: Db;
  http: HttpClient;
  env: Pick<FetchEnv, "FEED_MIN_POLL_MIN" | "FEED_MAX_POLL_MIN" | "FEED_MAX_ITEMS">;
  now: () => Date;
  random?: () => number;
};

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Polls one feed: conditional GET (ETag, Last-Modified) and a body hash, so an unchanged feed
 * costs no parsing; records each item that is new by GUID and canonical URL, and queues its page.
 * The next poll adapts to how often the feed publishes. A failure is recorded on the feed (error,
 * weighted health, backoff) and never thrown: the schedule polls the feed again later, slower,
 * and one broken feed never stops another.
 */
export function createFeedPollHandler(deps: FeedDeps): HandlerEntry {
  return handlerFor(feedPoll, async ({ feedId, force }, ctx) => {
    const feed = await findFeed(deps.db, feedId);
    if (!feed || !feed.isEnabled) return { status: "skipped", reason: "feed removed or disabled" };
    const now = deps.now();
    if (!force && feed.nextPollAt && feed.nextPollAt > now) return { status: "skipped", reason: "not due yet" };

    const poll = await pollFeed(deps.http, {
      url: feed.url,
      etag: feed.etag,
      lastModified: feed.lastModified,
      lastBodySha256: feed.bodySha256,
      allowPrivate: isPrivateUrl(feed.url),
      maxItems: deps.env.FEED_MAX_ITEMS,
    });
    if (poll.kind === "failed") {
      await recordPoll(deps, feed, ctx, { outcome: poll.outcome, retryAfterMs: poll.retryAfterMs, error: poll.message });
      return { status: "done", reason: poll.message, counts: { feedsFailed: 1 } };
    }
    const items = poll.kind === "parsed" ? poll.feed.items : [];
    const outlet = (poll.kind === "parsed" ? poll.feed.title : null) ?? feed.title ?? new URL(poll.url).hostname;
    const fresh = await recordItems(deps, feed, items, outlet, ctx);
    await recordPoll(deps, feed, ctx, {
      outcome: { ok: true },
      fresh,
      cacheFloorMs: poll.cacheFloorMs,
      ttlMinutes: poll.kind === "parsed" ? poll.feed.ttlMinutes : null,
      update: {
        etag: poll.etag ?? feed.etag,
        lastModified: poll.lastModified ?? feed.lastModified,
        bodySha256: poll.kind === "not-modified" ? feed.bodySha256 : poll.bodySha256,
        title: poll.kind === "parsed" ? (poll.feed.title ?? feed.title) : feed.title,
        itemCount: poll.kind === "parsed" ? items.length : feed.itemCount,
      },
    });
    if (poll.permanentRedirect && poll.permanentRedirect !== feed.url) await moveFeed(deps, feed, poll.permanentRedirect, ctx);
    if (poll.kind === "parsed" && poll.skipped.length > 0) ctx.log.info({ feedId, skipped: poll.skipped.slice(0, 5) }, "feed items skipped");
    return {
      status: "done",
      reason: poll.kind === "parsed" ? undefined : poll.kind,
      counts: { feedsRead: 1, feedsUnchanged: poll.kind === "parsed" ? 0 : 1, items: items.length, articlesNew: fresh },
    };
  });
}

/** Records each item; an item is new when neither its GUID nor its canonical URL was seen. */
async function recordItems(deps: FeedDeps, feed: Feed, items: FeedItem[], outlet: string, ctx: JobContext): Promise<number> {
  let fresh = 0;
  for (const item of items) {
    const { articleId, isNew } = await insertFeedItem(deps.db, feed.id, item, item.source ?? outlet);
    if (!isNew) continue;
    fresh += 1;
    await ctx.enqueue(articleFetch, { articleId });
  }
  return fresh;
}

type PollRecord = {
  outcome: FeedOutcome;
  error?: string;
  retryAfterMs?: number | null;
  cacheFloorMs?: number | null;
  ttlMinutes?: number | null;
  fresh?: number;
  update?: Parameters<typeof updateFeedAfterPoll>[2];
};

/** Stores the poll's outcome: health, error (cleared on success), validators and the next poll. */
async function recordPoll(deps: FeedDeps, feed: Feed, ctx: JobContext, poll: PollRecord): Promise<void> {
  const now = deps.now();
  const health = nextFeedHealth(
    { status: feed.status as "ok" | "failing" | "unhealthy", failureScore: feed.failureScore, consecutiveFailures: feed.consecutiveFailures, backoffMs: 0 },
    poll.outcome,
  );
  const delayMs = nextPollDelayMs(
    {
      nowMs: now.getTime(),
      recentPublished: await listFeedPublishDates(deps.db, feed.id, new Date(now.getTime() - WEEK_MS)),
      ttlMinutes: poll.ttlMinutes ?? null,
      cacheFloorMs: poll.cacheFloorMs ?? null,
      retryAfterMs: poll.retryAfterMs ?? null,
      backoffMs: health.backoffMs,
    },
    {
      minIntervalMs: deps.env.FEED_MIN_POLL_MIN * 60_000,
      maxIntervalMs: deps.env.FEED_MAX_POLL_MIN * 60_000,
      defaultIntervalMs: Math.min(60 * 60_000, deps.env.FEED_MAX_POLL_MIN * 60_000),
      jitterRatio: 0.1,
      windowMs: WEEK_MS,
    },
    deps.random,
  );
  await updateFeedAfterPoll(deps.db, feed.id, {
    ...poll.update,
    status: health.status,
    failureScore: health.failureScore,
    consecutiveFailures: health.consecutiveFailures,
    lastPolledAt: now,
    ...(poll.outcome.ok
      ? { lastSuccessAt: now, lastError: null, lastErrorKind: null, ...(poll.fresh ? { lastNewItemAt: now } : {}) }
      : { lastError: poll.error ?? "poll failed", lastErrorKind: poll.outcome.kind }),
    nextPollAt: new Date(now.getTime() + delayMs),
  });
  if (health.changed) await noticeHealthChange(deps, feed, ctx, { kind: health.changed, at: now, error: poll.error ?? null, consecutiveFailures: health.consecutiveFailures });
}

/**
 * One e-mail to the operator when a feed turns unhealthy and one when it recovers, never one per
 * failed poll. The notice's key names the transition, so a retried poll job cannot send it twice.
 */
async function noticeHealthChange(
  deps: FeedDeps,
  feed: Feed,
  ctx: JobContext,
  change: { kind: "turned-unhealthy" | "recovered"; at: Date; error: string | null; consecutiveFailures: number },
): Promise<void> {
  const kind = change.kind === "turned-unhealthy" ? "feed-unhealthy" : "feed-recovered";
  ctx.log.warn({ feedId: feed.id, url: feed.url, error: change.error }, kind === "feed-unhealthy" ? "feed turned unhealthy; it is still polled, more slowly" : "feed recovered");
  const { notice, isNew } = await insertNotice(deps.db, {
    dedupKey: `feed:${feed.id}:${kind}:${change.at.toISOString()}`,
    kind,
    payload: {
      feed: { url: feed.url, name: feed.name ?? feed.title },
      error: change.error,
      consecutiveFailures: change.consecutiveFailures,
      lastSuccessAt: feed.lastSuccessAt?.toISOString() ?? null,
    },
  });
  if (isNew) await ctx.enqueue(noticeSend, { noticeId: notice.id });
}

/** A permanent redirect updates the stored URL, unless another listed feed already has it. */
async function moveFeed(deps: FeedDeps, feed: Feed, url: string, ctx: JobContext): Promise<void> {
  try {
    await updateFeedAfterPoll(deps.db, feed.id, { url });
    ctx.log.info({ feedId: feed.id, from: feed.url, to: url }, "feed moved permanently; URL updated");
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    ctx.log.warn({ feedId: feed.id, to: url }, "feed moved to a URL another feed already has; kept the old URL");
  }
}
