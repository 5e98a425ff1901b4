import { decodeHTML } from "entities";

const blockTags = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|tr|table|figure|figcaption)\b[^>]*>/gi;

/**
 * Plain text of an HTML fragment (feed titles and summaries): scripts, styles and tags dropped,
 * entities decoded, whitespace collapsed. Null when nothing is left. Cut at `maxLength` chars.
 */
export function htmlToText(html: unknown, maxLength = 1000): string | null {
  if (typeof html !== "string") return null;
  const text = decodeHTML(
    html
      .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(blockTags, " ")
      .replace(/<\/?[A-Za-z][^>]*>/g, ""),
  )
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return null;
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
