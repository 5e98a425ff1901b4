/**
 * Google News search feeds link every item to news.google.com/rss/articles/<id>, a page that sends
 * a browser on with script, not with an HTTP redirect: fetched as is, it reads as no article at all.
 * The id is a base64url protobuf message. Links made before mid-2024 carry the article's URL in it
 * and are decoded here, offline. Newer ones carry an opaque token (starting "AU_yqL") that only
 * Google can turn into the URL: resolveGoogleNewsLink asks it.
 */
export const GOOGLE_NEWS_ORIGIN = "https://news.google.com";

export type GoogleNewsLink = {
  /** The id in the link, as given (base64url). */
  id: string;
  /** The article's own URL when the id holds it, or null when Google must be asked. */
  articleUrl: string | null;
};

const ARTICLE_PATH = /^\/(?:rss\/)?articles\/([A-Za-z0-9_-]{8,2000})$/;

/** The Google News article link in `url` (on `origin`), or null when `url` is not one. */
export function readGoogleNewsLink(url: string, origin: string = GOOGLE_NEWS_ORIGIN): GoogleNewsLink | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // not a URL at all
  }
  if (parsed.origin !== new URL(origin).origin) return null;
  const id = ARTICLE_PATH.exec(parsed.pathname)?.[1];
  if (!id) return null;
  return { id, articleUrl: readUrlField(Buffer.from(id, "base64url")) };
}

/**
 * The first length-delimited field of the message, when it is an http(s) URL. The message is a
 * varint field (its kind) then the payload; anything unexpected means "ask Google", never a guess.
 */
function readUrlField(bytes: Buffer): string | null {
  let at = 0;
  while (at < bytes.length) {
    const key = readVarint(bytes, at);
    if (!key) return null;
    at = key.next;
    const wireType = key.value & 7;
    if (wireType === 0) {
      const skipped = readVarint(bytes, at);
      if (!skipped) return null;
      at = skipped.next;
      continue;
    }
    if (wireType !== 2) return null;
    const length = readVarint(bytes, at);
    if (!length || length.next + length.value > bytes.length) return null;
    const payload = bytes.subarray(length.next, length.next + length.value).toString("utf8");
    return isHttpUrl(payload) ? new URL(payload).href : null;
  }
  return null;
}

function readVarint(bytes: Buffer, start: number): { value: number; next: number } | null {
  let value = 0;
  for (let i = 0; i < 4 && start + i < bytes.length; i += 1) {
    const byte = bytes[start + i] as number;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if (byte < 0x80) return { value, next: start + i + 1 };
  }
  return null;
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/[^\s]+$/.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false; // looked like a URL, is not one
  }
}
