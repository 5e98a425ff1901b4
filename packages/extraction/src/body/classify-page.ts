// Tells an article from what only looks like a page: bot challenges, empty bodies, paywall stubs
// and index pages (section fronts, tag pages, home pages).
import { countNonSpace } from "./dom.ts";
import type { PageMeta } from "./read-page-meta.ts";

export type PageVerdict = { isArticle: true; reason: null } | { isArticle: false; reason: string };

export type PageEvidence = {
  page: PageMeta;
  paragraphs: string[];
  url: string | null | undefined;
  /** Characters of text on the whole page and, of those, inside links. */
  pageText: number;
  pageLinkText: number;
  /** Links on the page whose text is long enough to be a headline. */
  headlineLinks: number;
};

const CHALLENGE_RE =
  /just a moment\.\.\.|attention required! \| cloudflare|checking your browser before accessing|cf-browser-verification|cf_chl_opt|challenge-platform|ddos protection by|enable javascript and cookies to continue/i;
const PAYWALL_RE =
  /subscribe (?:now )?to (?:continue|read|keep reading|unlock)|to continue reading|already a subscriber|(?:available|reserved|exclusive) (?:only )?(?:to|for) (?:our )?subscribers|subscribers only|sign in to (?:read|continue)|log in to (?:read|continue)|create a free account to (?:read|continue)|this (?:article|story|content) is for (?:paid )?subscribers/i;
const ARTICLE_TYPE_RE = /Article|BlogPosting|Report|Posting|Review|Recipe/i;
const LISTING_TYPE_RE = /^(?:CollectionPage|ItemList|SearchResultsPage|WebSite)$/i;
const LISTING_PATH_RE = /^\/(?:$|(?:tag|tags|topic|topics|category|categories|section|sections|search|author|archive)s?(?:\/|$))/i;

const MIN_BODY_CHARS = 250;
const STUB_BODY_CHARS = 1500;
const LISTING_BODY_CHARS = 1200;

function countChars(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += countNonSpace(p);
  return n;
}

function listJsonLdTypes(value: unknown, out: string[], depth = 0): string[] {
  if (depth > 6 || value === null || typeof value !== "object") return out;
  if (Array.isArray(value)) {
    for (const item of value) listJsonLdTypes(item, out, depth + 1);
    return out;
  }
  const record = value as Record<string, unknown>;
  out.push(...([] as unknown[]).concat(record["@type"] ?? []).map(String));
  if (record["@graph"]) listJsonLdTypes(record["@graph"], out, depth + 1);
  return out;
}

function hasFreeAccessFalse(value: unknown): boolean {
  return JSON.stringify(value ?? null).search(/"isAccessibleForFree"\s*:\s*(?:false|"false"|"False")/) >= 0;
}

function findPath(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    // Without a readable URL the path says nothing either way.
    return null;
  }
}

function looksLikeListing(e: PageEvidence, bodyChars: number, hasArticleType: boolean, types: string[]): boolean {
  if (hasArticleType || (e.page.meta.get("og:type") ?? "").toLowerCase() === "article") return false;
  const path = findPath(e.url);
  const listingPath = path !== null && LISTING_PATH_RE.test(path);
  const listingType = types.some((t) => LISTING_TYPE_RE.test(t));
  const linky = e.pageText > 0 && e.pageLinkText / e.pageText > 0.45 && e.headlineLinks >= 15;
  if (listingPath || listingType) return bodyChars < LISTING_BODY_CHARS * 3 || linky;
  return linky && bodyChars < LISTING_BODY_CHARS;
}

export function classifyPage(e: PageEvidence): PageVerdict {
  const bodyChars = countChars(e.paragraphs);
  if (CHALLENGE_RE.test(e.page.markers) || (bodyChars < MIN_BODY_CHARS && CHALLENGE_RE.test(e.paragraphs.join(" ")))) {
    return { isArticle: false, reason: "bot challenge page" };
  }
  const types = e.page.jsonLd.flatMap((block) => listJsonLdTypes(block, []));
  const hasArticleType = types.some((t) => ARTICLE_TYPE_RE.test(t));
  if (looksLikeListing(e, bodyChars, hasArticleType, types)) return { isArticle: false, reason: "index or listing page" };
  const paywalled = e.page.jsonLd.some(hasFreeAccessFalse) || PAYWALL_RE.test(e.paragraphs.slice(-4).join(" "));
  if (paywalled && bodyChars < STUB_BODY_CHARS) return { isArticle: false, reason: "paywall stub" };
  if (bodyChars < MIN_BODY_CHARS) return { isArticle: false, reason: "empty body" };
  return { isArticle: true, reason: null };
}
