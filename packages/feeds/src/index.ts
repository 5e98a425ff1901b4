// Scheduling and health live in "@claimwatch/feeds/schedule", near-duplicate identity in
// "@claimwatch/feeds/identity".
export { decodeXml } from "./decode/decode-xml.ts";
export type { DecodedXml } from "./decode/decode-xml.ts";
export { parseFeed } from "./parse-feed.ts";
export { pollFeed } from "./poll-feed.ts";
export type { PollFeedInput, PollFeedResult } from "./poll-feed.ts";
export { canonicalizeUrl } from "./canonicalize-url.ts";
export { parseFeedList, defaultFeedListPath } from "./parse-feed-list.ts";
export type { FeedListEntry } from "./parse-feed-list.ts";
export type * from "./types.ts";
export { GOOGLE_NEWS_ORIGIN, readGoogleNewsLink } from "./google-news/read-google-news-link.ts";
export type { GoogleNewsLink } from "./google-news/read-google-news-link.ts";
export { resolveGoogleNewsLink } from "./google-news/resolve-google-news-link.ts";
export type { ResolvedLink, ResolveOptions } from "./google-news/resolve-google-news-link.ts";
