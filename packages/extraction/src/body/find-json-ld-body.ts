// The article text a page states in its JSON-LD (articleBody), for pages whose visible body is
// rendered by script or cut short: the markup then holds little more than the headline.
import { countNonSpace } from "./dom.ts";

const ARTICLE_TYPE_RE = /Article|BlogPosting|Report|Posting/i;
const MAX_DEPTH = 6;
// The JSON-LD body replaces the markup's when the markup gives less than this share of it.
const SHORTER_SHARE = 0.5;

function findArticleBody(value: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticleBody(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record["@type"] ?? []).map(String);
  const body = record["articleBody"];
  if (typeof body === "string" && types.some((t) => ARTICLE_TYPE_RE.test(t))) return body;
  return findArticleBody(record["@graph"], depth + 1);
}

/** articleBody as paragraphs: tags (some sites put HTML in it) become breaks, lines paragraphs. */
function splitArticleBody(body: string): string[] {
  return body
    .replace(/<\/?(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

/**
 * The JSON-LD body's paragraphs when they say much more than the paragraphs found in the markup,
 * else null (the markup's body stands).
 */
export function findJsonLdBody(jsonLd: unknown[], found: string[]): string[] | null {
  const body = findArticleBody(jsonLd, 0);
  if (!body) return null;
  const paragraphs = splitArticleBody(body);
  const ldChars = paragraphs.reduce((n, p) => n + countNonSpace(p), 0);
  const foundChars = found.reduce((n, p) => n + countNonSpace(p), 0);
  return foundChars < ldChars * SHORTER_SHARE ? paragraphs : null;
}
