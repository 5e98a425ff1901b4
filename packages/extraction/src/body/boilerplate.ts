// What counts as boilerplate: tags, roles and class/id patterns. Patterns follow the ones that
// Readability.js and trafilatura have refined over years of real pages; none is keyed on a site.
import { getAttr, getClassAndId, type Element } from "./dom.ts";

/** Elements whose content is never article text. */
export const DROPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
  "audio", "map", "button", "input", "select", "textarea", "option", "nav", "aside", "footer",
  "dialog", "head", "link", "meta", "title", "figcaption", "menu", "picture", "source",
]);

export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
  "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
  "legend", "br",
]);

export const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

const DROPPED_ROLES = new Set([
  "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alert",
  "alertdialog", "search", "toolbar", "tablist", "button",
]);

// Names of blocks that are never the article body (sharing, related links, comments...). A word
// may start a longer name ("relatedStories", "comments-list").
const STRONG_UNLIKELY_RE =
  /(?:^|[\s_-])(?:advert|adslot|adunit|ad-slot|ad-container|ad-wrap|breadcrumb|comment|disqus|commento|cookie|consent|gdpr|newsletter|related|share|sharing|social|sponsor|outbrain|taboola|recirc|recommend|most-?popular|most-?read|mostread|read-?more|readmore|more-stories|sidebar|footer|promo|popup|modal|byline|author-?bio|caption|credit|subscribe|subscription|signup|sign-up|skip-?link|jump-?link|sr-only|visually-hidden|screen-reader|print-only|donate)/;
// Weaker words: a name that also says "article", "content", "body"... keeps its block.
const WEAK_UNLIKELY_RE =
  /(?:^|[\s_-])(?:ad|ads|banner|combx|community|cover-wrap|extra|legends|menu|remark|replies|rss|shoutbox|skyscraper|supplemental|agegate|pagination|pager|trending|tags?|toolbar|overlay|hidden|widget|teaser|masthead|header|nav|navbar|navigation|meta)(?:$|[\s_-])/;

// Names that say "this may be the body": they keep a block matched only by WEAK_UNLIKELY_RE.
const MAYBE_CANDIDATE_RE = /article|body|column|content|main|mathjax|shadow|story|entry|post|text/;

const NEGATIVE_RE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|taboola|newsletter|caption|credit/;
const POSITIVE_RE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;

/** True for elements dropped whatever they hold: hidden ones, non-text tags, navigation roles. */
export function isDroppedElement(el: Element): boolean {
  if (DROPPED_TAGS.has(el.name)) return true;
  const attribs = el.attribs;
  if (attribs["hidden"] !== undefined) return true;
  if (attribs["aria-hidden"] === "true" && el.name !== "body") return true;
  const style = attribs["style"];
  if (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = attribs["role"];
  if (role !== undefined && DROPPED_ROLES.has(role.toLowerCase())) return true;
  return false;
}

/** True for elements whose class/id name them as boilerplate and nothing says otherwise. */
export function isUnlikelyElement(el: Element): boolean {
  if (el.name === "body" || el.name === "html" || el.name === "a" || el.name === "main" || el.name === "article") {
    return false;
  }
  if (getAttr(el, "itemprop")?.toLowerCase().includes("articlebody")) return false;
  const names = getClassAndId(el);
  if (names === "") return false;
  if (STRONG_UNLIKELY_RE.test(names)) return true;
  return WEAK_UNLIKELY_RE.test(names) && !MAYBE_CANDIDATE_RE.test(names);
}

/** Readability's class weight: -25 for boilerplate-sounding names, +25 for body-sounding ones. */
export function getClassWeight(el: Element): number {
  let weight = 0;
  for (const value of [el.attribs["class"], el.attribs["id"]]) {
    if (!value) continue;
    const lower = value.toLowerCase();
    if (NEGATIVE_RE.test(lower)) weight -= 25;
    if (POSITIVE_RE.test(lower)) weight += 25;
  }
  if (getAttr(el, "itemprop")?.toLowerCase().includes("articlebody")) weight += 50;
  return weight;
}
