const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => htmlEntities[ch] ?? ch);
}

// C0/C1 controls (tab and newline kept by cleanText's caller choice) and the bidirectional
// overrides that can make "moc.live//:sptth" read as a trusted link.
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Feed and article text made fit to show: control and bidi-override characters dropped, runs of
 * whitespace (line breaks included) folded into one space. Still text: escape it for HTML.
 */
export function cleanText(text: string | null | undefined): string {
  return (text ?? "").replace(invisible, "").replace(/\s+/g, " ").trim();
}

/** The URL when it is http(s), else null: a feed may hand us `javascript:` or `data:` links. */
export function toSafeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(cleanText(url));
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    // Not a URL at all: shown as text, never linked.
    return null;
  }
}
