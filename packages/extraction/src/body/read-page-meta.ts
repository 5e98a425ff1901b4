// One pass over the document that gathers what metadata rules need: meta tags, canonical links,
// JSON-LD blocks, <title>, the first <h1>, <time> elements and the <html lang>.
import { getTextContent, normalizeSpace, walkElements, type AnyNode } from "./dom.ts";

export type PageMeta = {
  /** Meta tags by lower-cased property / name / itemprop / http-equiv; first value wins. */
  meta: Map<string, string>;
  canonical: string | null;
  htmlLang: string | null;
  title: string | null;
  h1: string | null;
  /** Parsed JSON-LD values (blocks that do not parse are skipped). */
  jsonLd: unknown[];
  /** datetime attributes of <time> elements, those marked as publication first. */
  times: string[];
  /** Raw text of the first scripts and the <title>, to recognise challenge pages. */
  markers: string;
};

const MAX_JSON_LD_CHARS = 200_000;
const MAX_TIMES = 20;

function isPublicationTime(attribs: Record<string, string>): boolean {
  if (attribs["pubdate"] !== undefined) return true;
  const hints = `${attribs["itemprop"] ?? ""} ${attribs["class"] ?? ""} ${attribs["id"] ?? ""}`.toLowerCase();
  return /publish|posted|created|pubdate/.test(hints) && !/modif|updat/.test(hints);
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Broken JSON-LD is common; the caller tries a repaired text or reads the fields it needs.
    return undefined;
  }
}

/** JSON-LD as published: often with trailing commas, sometimes broken beyond repair. */
function parseJsonLd(raw: string): unknown {
  if (raw.length > MAX_JSON_LD_CHARS) return undefined;
  const text = raw.trim().replace(/^<!--|-->$/g, "");
  const parsed = tryParseJson(text) ?? tryParseJson(text.replace(/,(\s*[\]}])/g, "$1"));
  if (parsed !== undefined) return parsed;
  const type = /"@type"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  const date = /"datePublished"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  return date ? { "@type": type ?? "Thing", datePublished: date } : undefined;
}

export function readPageMeta(root: AnyNode): PageMeta {
  const page: PageMeta = {
    meta: new Map(), canonical: null, htmlLang: null, title: null, h1: null, jsonLd: [], times: [], markers: "",
  };
  const publicationTimes: string[] = [];
  const otherTimes: string[] = [];
  walkElements(root, (el) => {
    const a = el.attribs;
    switch (el.name) {
      case "html":
        page.htmlLang ??= a["lang"] ?? a["xml:lang"] ?? null;
        return true;
      case "meta": {
        const key = a["property"] ?? a["name"] ?? a["itemprop"] ?? a["http-equiv"];
        const content = a["content"] ?? a["datetime"];
        if (key && content !== undefined && !page.meta.has(key.toLowerCase())) page.meta.set(key.toLowerCase(), content.trim());
        return false;
      }
      case "link":
        if (page.canonical === null && (a["rel"] ?? "").toLowerCase().split(/\s+/).includes("canonical") && a["href"]) {
          page.canonical = a["href"].trim();
        }
        return false;
      case "title":
        if (page.title === null) page.title = normalizeSpace(getTextContent(el));
        if (page.markers.length < 2000) page.markers += ` ${page.title}`;
        return false;
      case "h1":
        page.h1 ??= normalizeSpace(getTextContent(el)) || null;
        return false;
      case "time": {
        const value = a["datetime"];
        const list = isPublicationTime(a) ? publicationTimes : otherTimes;
        if (value && list.length < MAX_TIMES) list.push(value.trim());
        return true;
      }
      case "script": {
        const text = el.children.map((c) => (c.type === "text" ? c.data : "")).join("");
        if ((a["type"] ?? "").toLowerCase() === "application/ld+json") {
          const value = parseJsonLd(text);
          if (value !== undefined) page.jsonLd.push(value);
        } else if (page.markers.length < 2000) {
          page.markers += ` ${text.slice(0, 500)}`;
        }
        return false;
      }
      case "style":
        return false;
      default: {
        const value = a["datetime"] ?? a["content"] ?? a["title"] ?? a["value"] ?? a["data-pubdate"];
        if (value && publicationTimes.length < MAX_TIMES && (a["itemprop"] === "datePublished" || isPublicationTime(a))) {
          publicationTimes.push(value.trim());
        }
        return true;
      }
    }
  });
  page.times = [...publicationTimes, ...otherTimes];
  return page;
}
