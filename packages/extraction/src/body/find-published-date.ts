// The publication date of a page, from the most to the least reliable source: meta tags,
// JSON-LD (also inside @graph), <time datetime>, then the date in the URL.
import type { PageMeta } from "./read-page-meta.ts";

const META_KEYS = [
  "article:published_time", "og:article:published_time", "og:published_time", "article.published",
  "datepublished", "published_time", "publishdate", "publish-date", "publish_date", "pubdate",
  "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
  "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "cxenseparse:recs:publishtime",
];
const JSON_LD_DATE_KEYS = ["datePublished", "dateCreated", "uploadDate"];
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MAX_JSON_LD_DEPTH = 8;

function isPlausibleYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** An ISO date ("2025-05-14") or date-time (UTC), or null when the text is no date. */
export function normalizeDate(value: string): string | null {
  const text = value.trim().replace(/^(\d{4})[/.](\d{2})[/.](\d{2})$/, "$1-$2-$3");
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const dateOnly = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  if (dateOnly) {
    const date = new Date(`${dateOnly}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || !isPlausibleYear(date.getUTCFullYear())) return null;
    return date.toISOString().slice(0, 10) === dateOnly ? dateOnly : null;
  }
  // "2019-11-19 08:02:00" is ISO but for the space; other forms are left to Date's parser.
  if (!/\d{4}/.test(text)) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (iso && !iso[4]) {
    // No zone given: keep the page's local date-time as it is rather than invent an offset.
    const local = `${iso[1]}T${iso[2]!.length === 5 ? `${iso[2]}:00` : iso[2]}`;
    const check = new Date(`${local}Z`);
    return Number.isNaN(check.getTime()) || !isPlausibleYear(check.getUTCFullYear()) ? null : local;
  }
  const date = new Date(iso ? text.replace(" ", "T") : text);
  if (Number.isNaN(date.getTime()) || !isPlausibleYear(date.getUTCFullYear())) return null;
  // A non-UTC offset stays as the page wrote it: in UTC, a Seoul page of 8 a.m. on 1 January
  // would be dated the last day of the year before, and the date is what readers and claims use.
  const offset = iso?.[4] ? normalizeOffset(iso[4]) : null;
  if (iso && offset && offset !== "+00:00" && offset !== "-00:00") {
    const time = iso[2]!.length === 5 ? `${iso[2]}:00` : iso[2];
    return `${iso[1]}T${time}${offset}`;
  }
  return date.toISOString();
}

/** "+0900" / "+09:00" → "+09:00"; "Z" → null (UTC needs no offset kept). */
function normalizeOffset(zone: string): string | null {
  if (zone === "Z") return null;
  return zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function collectJsonLdDates(value: unknown, depth: number, articleDates: string[], otherDates: string[]): void {
  if (depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collectJsonLdDates(item, depth + 1, articleDates, otherDates);
    return;
  }
  const record = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record["@type"] ?? []).map(String);
  const isArticle = types.some((t) => /Article|BlogPosting|Report|NewsArticle|Posting/i.test(t));
  for (const key of JSON_LD_DATE_KEYS) {
    const date = record[key];
    if (typeof date === "string") (isArticle ? articleDates : otherDates).push(date);
  }
  for (const [key, child] of Object.entries(record)) {
    if (key === "@graph" || typeof child === "object") collectJsonLdDates(child, depth + 1, articleDates, otherDates);
  }
}

export function findDateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    // A URL we cannot parse has no path to read a date from.
    return null;
  }
  const match = /(?:^|\/)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:\/|[_-]|\.html?|$)/.exec(path);
  if (match) return normalizeDate(`${match[1]}-${match[2]}-${match[3]}`);
  return null;
}

// Meta names sites invent for the publication date ("sn-post-date", "article_date_original"...).
const DATE_META_RE = /(?:publish|post|creat|release|original).*date|date.*(?:publish|post|creat|release|original)/;
const NOT_PUBLICATION_RE = /modif|updat|expir|revis/;

function listInventedDateMeta(page: PageMeta): string[] {
  const values: string[] = [];
  for (const [key, value] of page.meta) {
    if (DATE_META_RE.test(key) && !NOT_PUBLICATION_RE.test(key)) values.push(value);
  }
  return values;
}

function firstDate(candidates: Iterable<string>): string | null {
  for (const candidate of candidates) {
    const date = normalizeDate(candidate);
    if (date) return date;
  }
  return null;
}

export function findPublishedDate(page: PageMeta, url: string | null | undefined): string | null {
  const fromMeta = firstDate(META_KEYS.map((k) => page.meta.get(k)).filter((v): v is string => v !== undefined));
  if (fromMeta) return fromMeta;
  const articleDates: string[] = [];
  const otherDates: string[] = [];
  for (const block of page.jsonLd) collectJsonLdDates(block, 0, articleDates, otherDates);
  return (
    firstDate([...articleDates, ...otherDates]) ??
    firstDate(listInventedDateMeta(page)) ??
    firstDate(page.times) ??
    findDateInUrl(url)
  );
}
