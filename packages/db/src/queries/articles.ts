import type { ClaimedFigure, FeedItem } from "@claimwatch/domain";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { articles, articleUrls, feedItems } from "../schema/index.ts";

export type Article = typeof articles.$inferSelect;
export type ArticleId = Article["id"];

/**
 * Records a feed item. It is new only when neither its GUID (in this feed) nor its canonical URL
 * has been seen before; a known item only gains the missing GUID or URL mapping. Safe against a
 * concurrent poll of the same item (unique keys decide).
 */
export async function insertFeedItem(
  db: DbOrTx,
  feedId: number,
  item: FeedItem,
  outlet: string | null,
): Promise<{ articleId: ArticleId; isNew: boolean }> {
  return db.transaction(async (tx) => {
    if (item.guid) {
      const [seen] = await tx
        .select({ articleId: feedItems.articleId })
        .from(feedItems)
        .where(and(eq(feedItems.feedId, feedId), eq(feedItems.guid, item.guid)));
      if (seen) return { articleId: seen.articleId, isNew: false };
    }
    const known = await findArticleIdByUrl(tx, item.canonicalUrl);
    let articleId = known;
    let isNew = false;
    if (articleId === undefined) {
      const [inserted] = await tx
        .insert(articles)
        .values({
          canonicalUrl: item.canonicalUrl,
          url: item.url,
          feedId,
          title: item.title,
          outlet,
          publishedAt: item.published,
        })
        .onConflictDoNothing({ target: articles.canonicalUrl })
        .returning({ id: articles.id });
      isNew = inserted !== undefined;
      articleId = inserted?.id ?? (await findArticleIdByCanonicalUrl(tx, item.canonicalUrl));
      if (articleId === undefined) throw new Error(`article for ${item.canonicalUrl} vanished while being inserted`);
      await tx.insert(articleUrls).values({ url: item.canonicalUrl, articleId }).onConflictDoNothing();
    }
    if (item.guid) {
      await tx.insert(feedItems).values({ feedId, guid: item.guid, articleId }).onConflictDoNothing();
    }
    return { articleId, isNew };
  });
}

export async function findArticle(db: DbOrTx, id: ArticleId): Promise<Article | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row;
}

export async function findArticleIdByUrl(db: DbOrTx, url: string): Promise<ArticleId | undefined> {
  const [row] = await db.select({ id: articleUrls.articleId }).from(articleUrls).where(eq(articleUrls.url, url));
  return row?.id;
}

async function findArticleIdByCanonicalUrl(db: DbOrTx, url: string): Promise<ArticleId | undefined> {
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.canonicalUrl, url));
  return row?.id;
}

/**
 * Claims the URLs a fetched page is known under (final URL after redirects, declared canonical).
 * When another article already owns one of them, this article is a copy of it: returns that
 * article's id. The first article to claim a URL wins, also under concurrency (the unique key
 * makes a second claimant wait, then see the owner).
 */
export async function claimArticleUrls(db: DbOrTx, articleId: ArticleId, urls: string[]): Promise<{ duplicateOf: ArticleId | null }> {
  const wanted = [...new Set(urls)];
  if (wanted.length === 0) return { duplicateOf: null };
  return db.transaction(async (tx) => {
    await tx
      .insert(articleUrls)
      .values(wanted.map((url) => ({ url, articleId })))
      .onConflictDoNothing();
    const owners = await tx
      .select({ articleId: articleUrls.articleId })
      .from(articleUrls)
      .where(and(inArray(articleUrls.url, wanted), ne(articleUrls.articleId, articleId)))
      .orderBy(asc(articleUrls.articleId));
    return { duplicateOf: owners[0]?.articleId ?? null };
  });
}

export type ArticleReadUpdate = {
  canonicalUrl?: string;
  title: string | null;
  publishedAt: Date | null;
  language: string;
  status: "fetched" | "not_article";
  error: string | null;
  isRelevant: boolean;
  body: string;
  contentHash: string;
  /** SimHash of the body as a signed 64-bit integer, or null for bodies too short to compare. */
  simhash?: bigint | null;
  figures: ClaimedFigure[];
  mentions: string[];
};

/** Bodies this many bits apart or closer are the same story (syndicated, lightly edited). */
const NEAR_DUPLICATE_BITS = 12;

/**
 * Stores what was read from a page, unless an earlier article (of the last 30 days) has the same
 * body, or a body within a few SimHash bits of it (a syndicated, lightly edited copy), in which
 * case this one is marked its duplicate: one story, counted once. Serialised so that two copies
 * read at once cannot both win.
 */
export async function saveArticleRead(
  db: DbOrTx,
  id: ArticleId,
  update: ArticleReadUpdate,
): Promise<{ duplicateOf: ArticleId | null }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('claimwatch:article-bodies'))`);
    const near = update.simhash == null ? sql`false` : sql`(${articles.simhash} is not null and bit_count((${articles.simhash} # ${update.simhash})::bit(64)) <= ${NEAR_DUPLICATE_BITS})`;
    const [copyOf] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(
          ne(articles.id, id),
          sql`${articles.duplicateOf} is null`,
          sql`${articles.createdAt} > now() - interval '30 days'`,
          sql`(${articles.contentHash} = ${update.contentHash} or ${near})`,
        ),
      )
      .orderBy(asc(articles.id))
      .limit(1);
    if (copyOf) {
      await markArticleDuplicate(tx, id, copyOf.id);
      return { duplicateOf: copyOf.id };
    }
    const { canonicalUrl, ...rest } = update;
    await tx
      .update(articles)
      .set({ ...rest, fetchedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(articles.id, id));
    if (canonicalUrl) {
      // The declared canonical URL becomes the article's identity unless another row holds it;
      // claimArticleUrls already decided ownership, so a clash here only keeps the old value.
      await tx.execute(
        sql`update ${articles} set canonical_url = ${canonicalUrl}
            where id = ${id} and not exists (select 1 from ${articles} a2 where a2.canonical_url = ${canonicalUrl})`,
      );
    }
    return { duplicateOf: null };
  });
}

export async function markArticleDuplicate(db: DbOrTx, id: ArticleId, duplicateOf: ArticleId): Promise<void> {
  await db
    .update(articles)
    .set({ status: "duplicate", duplicateOf, fetchedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(articles.id, id));
}

export async function markArticleFailed(
  db: DbOrTx,
  id: ArticleId,
  failure: { status: "failed" | "skipped"; error: string },
): Promise<void> {
  await db
    .update(articles)
    .set({ status: failure.status, error: failure.error, fetchedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(articles.id, id));
}

export async function listRecentRelevantArticles(db: DbOrTx, limit: number): Promise<Article[]> {
  return db
    .select()
    .from(articles)
    .where(and(eq(articles.isRelevant, true), sql`${articles.duplicateOf} is null`))
    .orderBy(desc(sql`coalesce(${articles.publishedAt}, ${articles.fetchedAt})`))
    .limit(limit);
}
