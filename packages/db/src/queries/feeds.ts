import { and, asc, eq, gte, inArray, notInArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { articles, feeds } from "../schema/index.ts";

export type Feed = typeof feeds.$inferSelect;
export type FeedId = Feed["id"];
export type FeedListEntry = { url: string; name: string | null };

/**
 * Adds the listed feeds (or re-enables them) and returns their rows in list order. With
 * `disableOthers`, feeds missing from the list are disabled: their state and articles stay.
 */
export async function upsertFeeds(db: DbOrTx, entries: FeedListEntry[], opts: { disableOthers: boolean }): Promise<Feed[]> {
  const unique = [...new Map(entries.map((e) => [e.url, e])).values()];
  if (unique.length > 0) {
    await db
      .insert(feeds)
      .values(unique.map((e) => ({ url: e.url, name: e.name })))
      .onConflictDoUpdate({
        target: feeds.url,
        set: { name: sql`coalesce(excluded.name, ${feeds.name})`, isEnabled: true, updatedAt: sql`now()` },
      });
  }
  const urls = unique.map((e) => e.url);
  if (opts.disableOthers) {
    await db
      .update(feeds)
      .set({ isEnabled: false, updatedAt: sql`now()` })
      .where(urls.length > 0 ? notInArray(feeds.url, urls) : sql`true`);
  }
  if (urls.length === 0) return [];
  const rows = await db.select().from(feeds).where(inArray(feeds.url, urls));
  const byUrl = new Map(rows.map((r) => [r.url, r]));
  return urls.map((u) => byUrl.get(u)).filter((r): r is Feed => r !== undefined);
}

export async function findFeed(db: DbOrTx, id: FeedId): Promise<Feed | undefined> {
  const [row] = await db.select().from(feeds).where(eq(feeds.id, id));
  return row;
}

export async function listEnabledFeeds(db: DbOrTx): Promise<Feed[]> {
  return db.select().from(feeds).where(eq(feeds.isEnabled, true)).orderBy(asc(feeds.id));
}

export async function listFeeds(db: DbOrTx): Promise<Feed[]> {
  return db.select().from(feeds).orderBy(asc(feeds.id));
}

export type FeedPollUpdate = Partial<
  Pick<
    Feed,
    | "url"
    | "title"
    | "etag"
    | "lastModified"
    | "bodySha256"
    | "status"
    | "lastPolledAt"
    | "lastSuccessAt"
    | "lastNewItemAt"
    | "lastError"
    | "lastErrorKind"
    | "consecutiveFailures"
    | "failureScore"
    | "nextPollAt"
    | "itemCount"
  >
>;

/** Stores the outcome of one poll (validators, health, next poll). */
export async function updateFeedAfterPoll(db: DbOrTx, id: FeedId, update: FeedPollUpdate): Promise<void> {
  await db
    .update(feeds)
    .set({ ...update, updatedAt: sql`now()` })
    .where(and(eq(feeds.id, id)));
}

/** Publication dates of the feed's articles since `since`: how often the feed publishes. */
export async function listFeedPublishDates(db: DbOrTx, feedId: FeedId, since: Date): Promise<Date[]> {
  const rows = await db
    .select({ publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.feedId, feedId), gte(articles.publishedAt, since)));
  return rows.map((r) => r.publishedAt).filter((d): d is Date => d !== null);
}
