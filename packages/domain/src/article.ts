import type { ClaimedFigure } from "./figure.ts";

/** An item read from a feed, before its page is fetched. */
export type FeedItem = {
  /** Link as given by the feed, resolved against the feed's URL. */
  url: string;
  /** The URL after canonicalisation (tracking parameters, fragments and default ports stripped). */
  canonicalUrl: string;
  guid: string | null;
  title: string | null;
  published: Date | null;
  summary: string | null;
  /** The outlet an aggregator's item credits (RSS `<source>`), when it names one. */
  source?: string | null;
};

/** A sentence of the body that mentions the topic. */
export type Mention = {
  paragraph: number;
  start: number;
  end: number;
  text: string;
};

/** What the extractor read from one page or text. */
export type ArticleExtraction = {
  title: string | null;
  /** ISO 8601 date or date-time, or null when the page gives none. */
  published: string | null;
  /** ISO 639-1 code. */
  language: string;
  /** The canonical URL the page declares (link rel=canonical, og:url), if any. */
  declaredUrl: string | null;
  /** Main text, one entry per paragraph. */
  paragraphs: string[];
  /** False for index pages, paywall stubs and empty bodies. */
  isArticle: boolean;
  /** Why the page is not an article, when it is not. */
  notArticleReason: string | null;
  /** True when some passage mentions the topic. */
  relevant: boolean;
  mentions: Mention[];
  figures: ClaimedFigure[];
};
