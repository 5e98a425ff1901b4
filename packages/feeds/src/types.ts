import type { FeedItem } from "@claimwatch/domain";

export type FeedFormat = "rss2" | "rss1" | "rss090" | "atom10" | "atom03" | "json";

export type ParsedFeed = {
  title: string | null;
  /** The site's home page, resolved. */
  link: string | null;
  /** RSS <ttl>, or the syndication module's update period, in minutes. */
  ttlMinutes: number | null;
  items: FeedItem[];
};

export type SkippedItem = { reason: string; title: string | null };

export type ParseFeedResult =
  | {
      ok: true;
      feed: ParsedFeed;
      skipped: SkippedItem[];
      format: FeedFormat;
      /** The charset the bytes were read as (null when a string was given). */
      charset: string | null;
      /** What the lenient pre-pass fixed (empty for a well-formed document). */
      repairs: string[];
    }
  | { ok: false; reason: "not-a-feed" | "malformed" | "empty"; message: string };

export type ParseFeedOptions = {
  /** The feed's URL: the base for relative links. */
  url: string;
  contentType?: string | null;
  /** Items read per document, in document order; the rest are counted in `skipped`. Default 2000. */
  maxItems?: number;
};
