import { createHash } from "node:crypto";
import {
  type Article,
  claimArticleUrls,
  type Db,
  findArticle,
  findFeed,
  markArticleDuplicate,
  markArticleFailed,
  saveArticleRead,
} from "@claimwatch/db";
import { type Catalog, ClaimwatchError } from "@claimwatch/domain";
import { decodeHtml, extractArticle } from "@claimwatch/extraction";
import { canonicalizeUrl, readGoogleNewsLink, resolveGoogleNewsLink } from "@claimwatch/feeds";
import { simhash } from "@claimwatch/feeds/identity";
import { type HttpClient, isPrivateUrl, isTransientFailure, type RobotsChecker } from "@claimwatch/http";
import { articleFetch, articleMatch, handlerFor, type HandlerEntry, type JobOutcome } from "@claimwatch/queue";

export type ArticleDeps = {
  db: Db;
  http: HttpClient;
  /** Null when the operator turned robots.txt off (RESPECT_ROBOTS=false). */
  robots: RobotsChecker | null;
  catalog: Catalog;
  /** Where Google News links are resolved; tests point it at a stand-in. Default news.google.com. */
  googleNewsOrigin?: string;
};

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

// Below this, bodies share too few word pairs for SimHash to tell a copy from a look-alike.
const MIN_SIMHASH_CHARS = 400;

/** A page could not be fetched this time (timeout, 5xx, 429); the job is retried with backoff. */
export class PageFetchError extends ClaimwatchError {}

/**
 * Reads an article's page: fetches it, extracts main text, mentions and figures, and records the
 * result. A copy of an article already read (same canonical URL, or the same body) is marked as
 * a duplicate and goes no further; a relevant article with claimed figures is queued for matching.
 * Pages that cannot be articles (not HTML, 404, blocked by robots.txt) are recorded with the
 * reason; transient failures are retried, and recorded once the retries are spent.
 */
export function createArticleFetchHandler(deps: ArticleDeps): HandlerEntry {
  return handlerFor(articleFetch, async ({ articleId }, ctx) => {
    const article = await findArticle(deps.db, articleId);
    if (!article) return { status: "skipped", reason: "article deleted" };
    if (article.status !== "pending" && article.status !== "failed") return { status: "skipped", reason: `article is ${article.status}` };
    const feed = article.feedId === null ? undefined : await findFeed(deps.db, article.feedId);
    const allowPrivate = feed !== undefined && isPrivateUrl(feed.url);

    const page = await findPageUrl(deps, article, allowPrivate);
    if (!page.ok) return recordFailure(deps, article, page, ctx.attempt >= articleFetch.attempts);
    if (deps.robots && !(await deps.robots.isAllowed(page.url, { allowPrivate }))) {
      await markArticleFailed(deps.db, articleId, { status: "skipped", error: "robots.txt disallows this page" });
      return { status: "done", counts: { articlesSkipped: 1 } };
    }
    const res = await deps.http.get(page.url, { accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", allowPrivate });
    if (!res.ok) return recordFailure(deps, article, { isTransient: isTransientFailure(res), message: res.message }, ctx.attempt >= articleFetch.attempts);
    if (res.status === 304) return { status: "skipped", reason: "not modified" };
    if (!res.contentType || !HTML_TYPES.test(res.contentType)) {
      await markArticleFailed(deps.db, articleId, { status: "skipped", error: `not an HTML page (${res.contentType ?? "no content type"})` });
      return { status: "done", counts: { articlesSkipped: 1 } };
    }

    const { html } = decodeHtml(res.body, res.contentType);
    const ex = extractArticle(
      { html, url: res.url, title: article.title, published: article.publishedAt?.toISOString() ?? null },
      deps.catalog,
    );
    // The page's own canonical URL, else where an aggregator's link led: the URL alerts link to.
    const declared = (ex.declaredUrl ? canonicalizeUrl(ex.declaredUrl, res.url) : null) ?? (page.url === article.url ? null : canonicalizeUrl(res.url));
    const urls = [canonicalizeUrl(res.url), declared].filter((u): u is string => u !== null);
    const byUrl = await claimArticleUrls(deps.db, articleId, urls);
    if (byUrl.duplicateOf !== null) {
      await markArticleDuplicate(deps.db, articleId, byUrl.duplicateOf);
      return { status: "done", reason: `copy of article ${byUrl.duplicateOf}`, counts: { articlesDuplicate: 1 } };
    }

    const body = ex.paragraphs.join("\n\n");
    const claimed = ex.figures.filter((f) => f.claim !== null);
    const saved = await saveArticleRead(deps.db, articleId, {
      canonicalUrl: declared ?? undefined,
      title: ex.title ?? article.title,
      publishedAt: parseDate(ex.published) ?? article.publishedAt,
      language: ex.language,
      status: ex.isArticle ? "fetched" : "not_article",
      error: ex.isArticle ? null : ex.notArticleReason,
      isRelevant: ex.isArticle && ex.relevant,
      body,
      contentHash: hashBody(body),
      simhash: body.length >= MIN_SIMHASH_CHARS ? BigInt.asIntN(64, simhash(body)) : null,
      figures: ex.figures,
      mentions: ex.mentions.map((m) => m.text),
    });
    if (saved.duplicateOf !== null) {
      return { status: "done", reason: `same body as article ${saved.duplicateOf}`, counts: { articlesDuplicate: 1 } };
    }
    const isRelevant = ex.isArticle && ex.relevant;
    if (isRelevant && claimed.length > 0) await ctx.enqueue(articleMatch, { articleId });
    return {
      status: "done",
      counts: { articlesRead: 1, articlesRelevant: isRelevant ? 1 : 0, notArticles: ex.isArticle ? 0 : 1, figuresClaimed: isRelevant ? claimed.length : 0 },
    };
  });
}

/** The URL to fetch: the article's own, or the one behind a Google News link. */
async function findPageUrl(deps: ArticleDeps, article: Article, allowPrivate: boolean): Promise<{ ok: true; url: string } | { ok: false; isTransient: boolean; message: string }> {
  const google = readGoogleNewsLink(article.url, deps.googleNewsOrigin);
  if (!google) return { ok: true, url: article.url };
  return resolveGoogleNewsLink(deps.http, google, { allowPrivate, ...(deps.googleNewsOrigin ? { origin: deps.googleNewsOrigin } : {}) });
}

/** A transient failure is retried (the job throws) until the last attempt; then it is recorded. */
async function recordFailure(deps: ArticleDeps, article: Article, failure: { isTransient: boolean; message: string }, isLastAttempt: boolean): Promise<JobOutcome> {
  if (failure.isTransient && !isLastAttempt) throw new PageFetchError(failure.message);
  await markArticleFailed(deps.db, article.id, { status: "failed", error: failure.message });
  return { status: "done", reason: failure.message, counts: { articlesFailed: 1 } };
}

/** Whitespace-insensitive hash of the main text: the same story re-served with other markup matches. */
function hashBody(body: string): string {
  return createHash("sha256").update(body.replace(/\s+/g, " ").trim().toLowerCase()).digest("hex");
}

function parseDate(value: string | null): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
