import type { FeedItem } from "@claimwatch/domain";
import { decodeXml } from "./decode/decode-xml.ts";
import { htmlToText } from "./html-to-text.ts";
import { applyXmlBase, mapFeedItem, resolveHttpUrl, textOf } from "./parse/map-feed-items.ts";
import { parseJsonFeed } from "./parse/parse-json-feed.ts";
import { readWithRssParser } from "./parse/read-with-rss-parser.ts";
import type { RawFeed } from "./parse/read-with-rss-parser.ts";
import { repairXml } from "./parse/repair-xml.ts";
import type { RepairedXml } from "./parse/repair-xml.ts";
import type { FeedFormat, ParseFeedOptions, ParseFeedResult, SkippedItem } from "./types.ts";

const minutesPerPeriod: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };
const maxTtlMinutes = 7 * 24 * 60;

function detectFormat(root: NonNullable<RepairedXml["root"]>): FeedFormat | null {
  const name = root.name;
  const xmlns = root.attributes.xmlns ?? "";
  if (name === "rss") return "rss2";
  if (name === "rdf:RDF") return xmlns.includes("my.netscape.com/rdf/simple/0.9") ? "rss090" : "rss1";
  if (name === "feed") return xmlns.includes("purl.org/atom/ns#") || root.attributes.version === "0.3" ? "atom03" : "atom10";
  return null;
}

function readTtlMinutes(raw: RawFeed): number | null {
  const ttl = Number(textOf(raw.ttl));
  if (Number.isFinite(ttl) && ttl > 0) return Math.min(Math.round(ttl), maxTtlMinutes);
  const period = minutesPerPeriod[(textOf(raw["sy:updatePeriod"]) ?? "").toLowerCase()];
  if (period === undefined) return null;
  const frequency = Number(textOf(raw["sy:updateFrequency"]) ?? "1");
  return Math.min(Math.round(period / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1)), maxTtlMinutes);
}

function notAFeed(repaired: RepairedXml): ParseFeedResult {
  if (repaired.htmlTitle !== null) {
    const challenge = /just a moment|attention required|cloudflare|ddos-guard/i.test(repaired.htmlTitle);
    const what = challenge ? "an anti-bot challenge page" : "an HTML page";
    const title = repaired.htmlTitle ? ` titled "${repaired.htmlTitle.slice(0, 80)}"` : "";
    return { ok: false, reason: "not-a-feed", message: `${what}${title}, not a feed` };
  }
  if (!repaired.root) return { ok: false, reason: "not-a-feed", message: "no XML element found, not a feed" };
  return { ok: false, reason: "not-a-feed", message: `root element <${repaired.root.name}> is not rss, rdf:RDF or feed` };
}

function collectItems(raw: RawFeed, base: string | null): { items: FeedItem[]; skipped: SkippedItem[] } {
  const items: FeedItem[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  for (const rawItem of raw.items) {
    const mapped = mapFeedItem(rawItem, base);
    if ("skipped" in mapped) skipped.push(mapped.skipped);
    else if (seen.has(mapped.item.canonicalUrl)) skipped.push({ reason: "same link as an earlier item", title: mapped.item.title });
    else {
      seen.add(mapped.item.canonicalUrl);
      items.push(mapped.item);
    }
  }
  return { items, skipped };
}

type Decoded = { text: string; charset: string | null; repairedBytes: number };

async function parseXmlFeed(decoded: Decoded, options: ParseFeedOptions & { maxItems: number }): Promise<ParseFeedResult> {
  const { text, charset } = decoded;
  const repaired = repairXml(text, { maxItems: options.maxItems });
  const format = repaired.root && repaired.htmlTitle === null ? detectFormat(repaired.root) : null;
  if (!format) return notAFeed(repaired);
  let raw: RawFeed;
  try {
    raw = await readWithRssParser(repaired.xml);
  } catch (error) {
    const detail = ((error as Error).message ?? String(error)).replace(/\s+/g, " ").slice(0, 160);
    return { ok: false, reason: "malformed", message: `unreadable ${format} document: ${detail}` };
  }
  const base = applyXmlBase(repaired.root?.attributes, resolveHttpUrl(options.url, null));
  const { items, skipped } = collectItems(raw, base);
  if (repaired.droppedItems > 0) {
    skipped.push({ reason: `${repaired.droppedItems} items past the ${options.maxItems}-item limit`, title: null });
  }
  const feed = {
    title: htmlToText(textOf(raw.title), 300),
    link: resolveHttpUrl(textOf(raw.link), base),
    ttlMinutes: readTtlMinutes(raw),
    items,
  };
  const decodeRepairs = decoded.repairedBytes > 0 ? [`${decoded.repairedBytes} stray bytes read as Windows-1252`] : [];
  return { ok: true, feed, skipped, format, charset, repairs: [...decodeRepairs, ...repaired.repairs] };
}

/**
 * Reads an RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed document into FeedItems: bytes decoded
 * with decodeXml, broken XML repaired where a careful reader can, links resolved against
 * xml:base and the feed URL, HTML stripped from titles, items without a usable link skipped
 * with a reason. Never throws; a document it cannot read gives `{ ok: false, reason, message }`.
 */
export async function parseFeed(body: Buffer | string, options: ParseFeedOptions): Promise<ParseFeedResult> {
  const maxItems = options.maxItems ?? 2000;
  const decoded: Decoded = typeof body === "string" ? { text: body, charset: null, repairedBytes: 0 } : decodeXml(body, options.contentType ?? null);
  const text = decoded.text.replace(/^[\s\ufeff]+/, "");
  if (text === "") return { ok: false, reason: "empty", message: "the document is empty" };
  const isJson = text.startsWith("{") || /json/i.test(options.contentType ?? "");
  if (isJson) return parseJsonFeed(text, { url: options.url, maxItems });
  return parseXmlFeed({ ...decoded, text }, { ...options, maxItems });
}
