import type { FeedItem } from "@claimwatch/domain";
import { canonicalizeUrl } from "../canonicalize-url.ts";
import { readGoogleNewsLink } from "../google-news/read-google-news-link.ts";
import { htmlToText } from "../html-to-text.ts";
import type { SkippedItem } from "../types.ts";
import { parseFeedDate } from "./parse-feed-date.ts";
import type { RawItem, XmlNode } from "./read-with-rss-parser.ts";

/** Text of an xml2js value: a string, `{ _: text }`, or the first of an array. */
export function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "object" && value !== null && typeof (value as XmlNode)._ === "string") return textOf((value as XmlNode)._);
  return null;
}

/** `href` resolved against `base`, or null when it is not an absolute http(s) URL after that. */
export function resolveHttpUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null; // unparsable link
  }
}

/** Applies an element's xml:base on top of the inherited base. */
export function applyXmlBase(attrs: Record<string, string> | undefined, base: string | null): string | null {
  const own = attrs?.["xml:base"];
  if (!own) return base;
  try {
    return new URL(own.trim(), base ?? undefined).href;
  } catch {
    return base; // a broken xml:base: keep what we had
  }
}

const nonArticleRels = new Set(["self", "edit", "replies", "enclosure", "related", "via", "license", "hub"]);

/** Atom: the alternate (or first non-technical) link, each href against its own xml:base. */
function pickAtomLink(links: XmlNode[], base: string | null): string | null {
  const usable = links.filter((l) => typeof l?.$?.href === "string" && !nonArticleRels.has((l.$.rel ?? "alternate").toLowerCase()));
  const best = usable.find((l) => (l.$?.rel ?? "alternate") === "alternate" && (l.$?.type ?? "text/html").includes("html")) ?? usable[0];
  return best ? resolveHttpUrl(best.$?.href, applyXmlBase(best.$, base)) : null;
}

function firstDate(raw: RawItem): Date | null {
  for (const value of [raw.pubDate, raw.date, raw.published, raw.updated, raw.issued, raw.modified, raw.created, raw.isoDate]) {
    const date = parseFeedDate(textOf(value));
    if (date) return date;
  }
  return null;
}

/**
 * Bing News RSS links point at a click counter (bing.com/news/apiclick.aspx?url=<article>), and
 * older Google News links carry the article's URL inside their id; the article's own URL is the
 * link worth fetching and the one that identifies it. (Newer Google News links are resolved when
 * the article is fetched: see resolveGoogleNewsLink.)
 */
export function unwrapAggregatorLink(url: string): string {
  const google = readGoogleNewsLink(url);
  if (google) return google.articleUrl ?? url;
  const parsed = new URL(url);
  if (!/(^|\.)bing\.com$/i.test(parsed.hostname) || parsed.pathname.toLowerCase() !== "/news/apiclick.aspx") return url;
  return resolveHttpUrl(parsed.searchParams.get("url"), null) ?? url;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One raw item as a FeedItem, or why it cannot be one. */
export function mapFeedItem(raw: RawItem, feedBase: string | null): { item: FeedItem } | { skipped: SkippedItem } {
  const title = htmlToText(textOf(raw.title), 500);
  const base = applyXmlBase(typeof raw.attrs === "object" ? raw.attrs : undefined, feedBase);
  const guid = textOf(raw.guid) ?? textOf(raw.id) ?? textOf(raw["rdf:about"]);
  // An <item> holding only text comes out of xml2js as a string, whose `.link` is String.prototype.link.
  const atomLinks = (Array.isArray(raw.links) ? (raw.links as unknown[]) : []).filter((l): l is XmlNode => typeof l === "object" && l !== null && typeof (l as XmlNode).$?.href === "string");
  const givenLink = atomLinks.length > 0 ? null : (textOf(Array.isArray(raw.links) ? raw.links : null) ?? textOf(raw.link));
  const fromLink = atomLinks.length > 0 ? pickAtomLink(atomLinks, base) : resolveHttpUrl(givenLink, base);
  const fromGuid = guid && /^https?:\/\//i.test(guid) ? resolveHttpUrl(guid, null) : null;
  const found = fromLink ?? fromGuid;
  if (!found) {
    const reason = givenLink ? `link "${shorten(givenLink)}" is not an http(s) URL` : "no link, and no guid that is a URL";
    return { skipped: { reason, title } };
  }
  const url = unwrapAggregatorLink(found);
  const summarySource = textOf(raw.summary) ?? textOf(raw.description) ?? textOf(raw["content:encoded"]) ?? textOf(raw.content);
  const source = htmlToText(textOf(raw.source), 200);
  return {
    item: {
      url,
      canonicalUrl: canonicalizeUrl(url) ?? url,
      guid,
      // Aggregators (Google News) end each title with " - <outlet>"; the outlet is kept apart.
      title: source && title?.endsWith(` - ${source}`) ? title.slice(0, -source.length - 3) : title,
      published: firstDate(raw),
      summary: htmlToText(summarySource, 1000),
      ...(source ? { source } : {}),
    },
  };
}
