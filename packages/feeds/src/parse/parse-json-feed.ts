import type { FeedItem } from "@claimwatch/domain";
import { canonicalizeUrl } from "../canonicalize-url.ts";
import { htmlToText } from "../html-to-text.ts";
import type { ParseFeedResult, SkippedItem } from "../types.ts";
import { resolveHttpUrl } from "./map-feed-items.ts";
import { parseFeedDate } from "./parse-feed-date.ts";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : typeof value === "number" ? String(value) : null;
}

function mapJsonItem(raw: JsonObject, base: string): { item: FeedItem } | { skipped: SkippedItem } {
  const title = htmlToText(stringOf(raw.title), 500);
  const guid = stringOf(raw.id);
  const url =
    resolveHttpUrl(stringOf(raw.url), base) ??
    resolveHttpUrl(stringOf(raw.external_url), base) ??
    (guid && /^https?:\/\//i.test(guid) ? resolveHttpUrl(guid, null) : null);
  if (!url) return { skipped: { reason: "no url, and no id that is a URL", title } };
  const summary = htmlToText(stringOf(raw.summary) ?? stringOf(raw.content_text) ?? stringOf(raw.content_html), 1000);
  const published = parseFeedDate(stringOf(raw.date_published)) ?? parseFeedDate(stringOf(raw.date_modified));
  return { item: { url, canonicalUrl: canonicalizeUrl(url) ?? url, guid, title, published, summary } };
}

/** JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1). */
export function parseJsonFeed(text: string, options: { url: string; maxItems: number }): ParseFeedResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: "malformed", message: `invalid JSON: ${(error as Error).message.split("\n")[0] ?? ""}` };
  }
  if (!isObject(doc) || typeof doc.version !== "string" || !doc.version.startsWith("https://jsonfeed.org/version/")) {
    return { ok: false, reason: "not-a-feed", message: "JSON without a jsonfeed.org version, not a JSON Feed" };
  }
  const rawItems = Array.isArray(doc.items) ? doc.items : [];
  const items: FeedItem[] = [];
  const skipped: SkippedItem[] = [];
  for (const raw of rawItems.slice(0, options.maxItems)) {
    if (!isObject(raw)) continue;
    const mapped = mapJsonItem(raw, options.url);
    if ("item" in mapped) items.push(mapped.item);
    else skipped.push(mapped.skipped);
  }
  if (rawItems.length > options.maxItems) {
    skipped.push({ reason: `${rawItems.length - options.maxItems} items past the ${options.maxItems}-item limit`, title: null });
  }
  const feed = {
    title: htmlToText(stringOf(doc.title), 300),
    link: resolveHttpUrl(stringOf(doc.home_page_url), options.url),
    ttlMinutes: null,
    items,
  };
  return { ok: true, feed, skipped, format: "json", charset: null, repairs: [] };
}
