// HTML page → main text and the facts around it (title, date, language, canonical URL), and
// whether the page is an article at all. Pure: no I/O, bounded work per page.
import { load } from "cheerio/slim";
import { classifyPage } from "./classify-page.ts";
import { collectParagraphs } from "./collect-paragraphs.ts";
import { findFirstElement, isElement, walkElements, type AnyNode, type Element } from "./dom.ts";
import { findMainContent, type MainContent } from "./find-main-content.ts";
import { findDeclaredUrl, findPageLanguage, findTitle } from "./find-page-facts.ts";
import { findJsonLdBody } from "./find-json-ld-body.ts";
import { findPublishedDate } from "./find-published-date.ts";
import { readPageMeta } from "./read-page-meta.ts";

export type MainText = {
  title: string | null;
  /** ISO date or date-time. */
  published: string | null;
  /** ISO 639-1, as the page declares it (html lang, og:locale, content-language meta). */
  language: string | null;
  /** link rel=canonical or og:url, resolved against the page's URL. */
  declaredUrl: string | null;
  paragraphs: string[];
  isArticle: boolean;
  notArticleReason: string | null;
};

export type ExtractMainTextOptions = { url?: string | null };

// Parse time grows with the page; a large page first loses its scripts, styles, SVG and comments
// (all but JSON-LD), and what is still too large is cut: the article comes before the footer.
const LARGE_HTML_CHARS = 500_000;
const MAX_HTML_CHARS = 1_500_000;
const HEAVY_OPENER_RE = /<(script|style|svg)\b[^>]*>|<!--/gi;
const HEADLINE_LINK_CHARS = 25;

function countHeadlineLinks(content: MainContent, body: Element): number {
  let n = 0;
  walkElements(body, (el) => {
    if (content.removed.has(el)) return false;
    if (el.name !== "a") return true;
    if ((content.stats.get(el)?.text ?? 0) >= HEADLINE_LINK_CHARS) n += 1;
    return false;
  });
  return n;
}

// Where each heavy part ends; searched case-insensitively in place, since lower-casing a page this
// large would copy it.
const HEAVY_CLOSER_RE: Record<string, RegExp> = {
  script: /<\/script/gi,
  style: /<\/style/gi,
  svg: /<\/svg/gi,
};

/** Drops script (but JSON-LD), style, SVG and comments in one linear pass; unclosed ones run to the end. */
function stripHeavyParts(html: string): string {
  const kept: string[] = [];
  let from = 0;
  HEAVY_OPENER_RE.lastIndex = 0;
  for (let m = HEAVY_OPENER_RE.exec(html); m; m = HEAVY_OPENER_RE.exec(html)) {
    const tag = m[1]?.toLowerCase();
    if (tag === "script" && m[0].toLowerCase().includes("ld+json")) continue;
    const close = findCloser(html, tag, HEAVY_OPENER_RE.lastIndex);
    kept.push(html.slice(from, m.index));
    const end = close < 0 ? -1 : tag ? html.indexOf(">", close) : close + 2;
    from = end < 0 ? html.length : end + 1;
    HEAVY_OPENER_RE.lastIndex = from;
    if (end < 0) break;
  }
  kept.push(html.slice(from));
  return kept.join("");
}

/** Index of the closing tag of `tag` (or of "-->" when there is no tag) at or after `from`, or -1. */
function findCloser(html: string, tag: string | undefined, from: number): number {
  if (!tag) return html.indexOf("-->", from);
  const closer = HEAVY_CLOSER_RE[tag]!;
  closer.lastIndex = from;
  return closer.exec(html)?.index ?? -1;
}

function boundHtml(html: string): string {
  if (html.length <= LARGE_HTML_CHARS) return html;
  const light = stripHeavyParts(html);
  return light.length > MAX_HTML_CHARS ? light.slice(0, MAX_HTML_CHARS) : light;
}

function findBody(root: AnyNode): Element | null {
  const body = findFirstElement(root, "body") ?? findFirstElement(root, "html");
  if (body) return body;
  // A fragment without <html>/<body>: its root is the body.
  return "children" in root && root.children.some(isElement) ? (root as unknown as Element) : null;
}

export function extractMainText(html: string, opts: ExtractMainTextOptions = {}): MainText {
  const root = load(boundHtml(html)).root()[0]!;
  const page = readPageMeta(root);
  const title = findTitle(page);
  const facts = {
    title,
    published: findPublishedDate(page, opts.url),
    language: findPageLanguage(page),
    declaredUrl: findDeclaredUrl(page, opts.url),
  };
  const body = findBody(root);
  if (!body) return { ...facts, paragraphs: [], isArticle: false, notArticleReason: "empty body" };
  const content = findMainContent(body);
  const found = collectParagraphs(content, title);
  const paragraphs = findJsonLdBody(page.jsonLd, found) ?? found;
  const bodyStats = content.stats.get(body);
  const verdict = classifyPage({
    page,
    paragraphs,
    url: opts.url,
    pageText: bodyStats?.text ?? 0,
    pageLinkText: bodyStats?.linkText ?? 0,
    headlineLinks: countHeadlineLinks(content, body),
  });
  return { ...facts, paragraphs, isArticle: verdict.isArticle, notArticleReason: verdict.reason };
}
