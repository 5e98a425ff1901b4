import type { GetOptions, HttpClient, HttpFailure } from "@claimwatch/http";
import { parseFeed } from "./parse-feed.ts";
import type { FeedOutcome } from "./schedule/feed-health.ts";
import type { FeedFormat, ParsedFeed, SkippedItem } from "./types.ts";

export type PollFeedInput = {
  url: string;
  /** Validators and body hash from the last successful poll. */
  etag?: string | null;
  lastModified?: string | null;
  lastBodySha256?: string | null;
  allowPrivate?: boolean;
  maxItems?: number;
  signal?: AbortSignal;
};

type Fresh = {
  /** Where the feed was finally read (after redirects). */
  url: string;
  /** Store this as the feed's URL: it moved with 301/308 only. */
  permanentRedirect: string | null;
  etag: string | null;
  lastModified: string | null;
  cacheFloorMs: number | null;
};

export type PollFeedResult =
  | ({ kind: "not-modified" } & Fresh)
  /** 200 with the same body as last time: the server ignores or rotates validators. */
  | ({ kind: "unchanged"; bodySha256: string } & Fresh)
  | ({ kind: "parsed"; bodySha256: string; feed: ParsedFeed; skipped: SkippedItem[]; format: FeedFormat; charset: string | null; repairs: string[] } & Fresh)
  | { kind: "failed"; outcome: Extract<FeedOutcome, { ok: false }>; message: string; retryAfterMs: number | null; url: string };

function fetchFailed(result: HttpFailure): PollFeedResult {
  const outcome: Extract<FeedOutcome, { ok: false }> = { ok: false, kind: result.kind };
  if (result.status !== undefined) outcome.status = result.status;
  return { kind: "failed", outcome, message: result.message, retryAfterMs: result.retryAfterMs ?? null, url: result.url };
}

/**
 * One poll of one feed: conditional GET, then parse unless the server says 304 or sends the
 * same bytes as last time (Media Cloud found validators too unreliable to trust alone).
 * `outcome` of a failure feeds nextFeedHealth. Rejects only when `signal` aborts.
 */
export async function pollFeed(http: HttpClient, input: PollFeedInput): Promise<PollFeedResult> {
  const options: GetOptions = { etag: input.etag ?? null, lastModified: input.lastModified ?? null };
  if (input.allowPrivate !== undefined) options.allowPrivate = input.allowPrivate;
  if (input.signal) options.signal = input.signal;
  const result = await http.get(input.url, options);
  if (!result.ok) return fetchFailed(result);
  const fresh: Fresh = {
    url: result.url,
    permanentRedirect: result.permanentRedirect,
    etag: result.etag,
    lastModified: result.lastModified,
    cacheFloorMs: result.cacheFloorMs,
  };
  if (result.status === 304) return { kind: "not-modified", ...fresh };
  if (input.lastBodySha256 && input.lastBodySha256 === result.bodySha256) return { kind: "unchanged", bodySha256: result.bodySha256, ...fresh };
  const parsed = await parseFeed(result.body, { url: result.url, contentType: result.contentType, maxItems: input.maxItems ?? 2000 });
  if (!parsed.ok) {
    return { kind: "failed", outcome: { ok: false, kind: parsed.reason }, message: `${result.url}: ${parsed.message}`, retryAfterMs: null, url: input.url };
  }
  const { feed, skipped, format, charset, repairs } = parsed;
  return { kind: "parsed", bodySha256: result.bodySha256, feed, skipped, format, charset, repairs, ...fresh };
}
