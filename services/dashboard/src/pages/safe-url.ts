/**
 * An article or feed URL fit for an href: only http(s), so a feed cannot smuggle in a
 * `javascript:` or `data:` link. Undefined for anything else; show such a URL as text.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}
