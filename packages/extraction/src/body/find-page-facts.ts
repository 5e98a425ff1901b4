// Title, language and declared URL of a page, from its metadata.
import type { PageMeta } from "./read-page-meta.ts";

// " | Site", " - Site", " — Site", " :: Site", " · Site"
const TITLE_SEPARATOR_RE = /\s+[|\-–—:·•»]{1,2}\s+/;
const MAX_SITE_NAME_WORDS = 4;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function stripSiteName(title: string, siteName: string | null): string {
  const text = title.trim();
  if (siteName) {
    const site = siteName.trim().toLowerCase();
    const parts = text.split(TITLE_SEPARATOR_RE);
    if (parts.length > 1) {
      if (parts[parts.length - 1]!.toLowerCase() === site) return stripSiteName(parts.slice(0, -1).join(" | "), null) || text;
      if (parts[0]!.toLowerCase() === site) return parts.slice(1).join(" | ");
    }
  }
  const match = /^(.*\S)\s+[|\-–—:·•»]{1,2}\s+([^|–—·•»]+)$/.exec(text);
  if (!match) return text;
  const [, head, tail] = match as unknown as [string, string, string];
  // A short trailing part after a long headline is the site's or section's name.
  if (countWords(tail) <= MAX_SITE_NAME_WORDS && countWords(head) >= 3) return head.trim();
  return text;
}

export function findTitle(page: PageMeta): string | null {
  const siteName = page.meta.get("og:site_name") ?? page.meta.get("application-name") ?? null;
  const candidates = [page.meta.get("og:title"), page.meta.get("twitter:title"), page.h1, page.title];
  for (const candidate of candidates) {
    if (!candidate || candidate.trim() === "") continue;
    const title = stripSiteName(candidate.replace(/\s+/g, " "), siteName);
    if (title !== "") return title;
  }
  return null;
}

/** "en-US", "ru_RU", "pt-br" → "en", "ru", "pt"; null when no two-letter code is there. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const match = /^\s*([a-z]{2})(?:$|[-_\s,;])/i.exec(tag);
  return match ? match[1]!.toLowerCase() : null;
}

export function findPageLanguage(page: PageMeta): string | null {
  const tags = [
    page.htmlLang, page.meta.get("og:locale"), page.meta.get("content-language"), page.meta.get("language"),
    page.meta.get("dc.language"),
  ];
  for (const tag of tags) {
    const language = normalizeLanguageTag(tag);
    if (language) return language;
  }
  return null;
}

function resolveUrl(href: string, base: string | null | undefined): string | null {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    // A relative href without a base, or a broken one, declares nothing usable.
    return null;
  }
}

export function findDeclaredUrl(page: PageMeta, base: string | null | undefined): string | null {
  for (const href of [page.canonical, page.meta.get("og:url")]) {
    if (!href) continue;
    const url = resolveUrl(href, base);
    if (url) return url;
  }
  return null;
}
