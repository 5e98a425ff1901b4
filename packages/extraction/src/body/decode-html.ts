// Bytes to text for an HTML page. Order of trust: a byte-order mark, then the Content-Type header,
// then <meta charset> / <meta http-equiv> / the XML prolog, then the bytes themselves. A declared
// charset is checked against the bytes, because servers often send a default that is wrong.
import { Buffer, isAscii, isUtf8 } from "node:buffer";
import { scoreCharset, sniffCharset } from "./sniff-charset.ts";

export type CharsetSource = "bom" | "header" | "meta" | "sniff" | "default";
export type DecodedHtml = { html: string; charset: string; source: CharsetSource };

// Browsers look at the first 1024 bytes; pages with long inline scripts in <head> put the meta
// later, so look further.
const META_SCAN_BYTES = 64 * 1024;
// A declaration that reads this badly while another charset reads this much better is a lie.
const IMPLAUSIBLE = 0.5;
const BETTER_BY = 0.3;

function findBomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/** The WHATWG name of a charset label, or null when the label is unknown. */
function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const trimmed = label.trim().replace(/^["']|["']$/g, "");
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    // An unknown label declares nothing; the next source decides.
    return null;
  }
}

export function findHeaderCharset(contentType: string | null | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType) : null;
  return normalizeCharset(match?.[1]);
}

export function findMetaCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character, enough to read ASCII markup; Buffer's is far faster.
  const prefix = bytes.subarray(0, META_SCAN_BYTES);
  const head = Buffer.from(prefix.buffer, prefix.byteOffset, prefix.byteLength).toString("latin1");
  const prolog = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const metaRe = /<meta\b[^>]*>/gi;
  for (let m = metaRe.exec(head); m; m = metaRe.exec(head)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    if (!direct) continue;
    const isHttpEquiv = /http-equiv\s*=\s*["']?content-type/i.test(tag);
    const isCharsetAttr = /<meta[^>]*\scharset\s*=/i.test(tag);
    if (!isHttpEquiv && !isCharsetAttr) continue;
    const charset = normalizeCharset(direct[1]);
    if (charset) return charset;
  }
  return normalizeCharset(prolog?.[1]);
}

/** The text if the bytes are valid UTF-8, else null. (A fatal TextDecoder takes a slow path.) */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? new TextDecoder("utf-8").decode(bytes) : null;
}

function decode(bytes: Uint8Array, charset: string, source: CharsetSource): DecodedHtml {
  // TextDecoder drops a matching BOM itself; "replacement" stands for charsets browsers refuse.
  const usable = charset === "replacement" ? "utf-8" : charset;
  return { html: new TextDecoder(usable).decode(bytes), charset: usable, source };
}

/** A declared charset if the bytes bear it out, else null so that the next source decides. */
function checkDeclared(bytes: Uint8Array, declared: string, source: CharsetSource, utf8: string | null): DecodedHtml | null {
  if (declared === "utf-8") return utf8 === null ? null : { html: utf8, charset: declared, source };
  if (declared === "utf-16le" || declared === "utf-16be") return decode(bytes, declared, source);
  // Real legacy-encoded text is practically never valid multi-byte UTF-8.
  if (utf8 !== null) return null;
  const declaredScore = scoreCharset(bytes, declared);
  if (declaredScore !== null && declaredScore < IMPLAUSIBLE) {
    const guessScore = scoreCharset(bytes, sniffCharset(bytes)) ?? 0;
    if (guessScore > declaredScore + BETTER_BY) return null;
  }
  return decode(bytes, declared, source);
}

/**
 * Decodes a page's bytes. The header's charset wins over the page's own meta, as in browsers,
 * unless the bytes contradict it (valid UTF-8 declared as Latin-1, Cyrillic declared as Latin-1...).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  const bom = findBomCharset(bytes);
  if (bom) return decode(bytes, bom, "bom");
  const header = findHeaderCharset(contentType);
  // A page that calls itself UTF-16 in a meta tag is ASCII-compatible, so it is not UTF-16.
  const metaDeclared = findMetaCharset(bytes);
  const meta = metaDeclared?.startsWith("utf-16") ? "utf-8" : metaDeclared;
  if (isAscii(bytes)) {
    const declared = header && !header.startsWith("utf-16") ? header : meta;
    return decode(bytes, declared ?? "utf-8", declared === null ? "default" : declared === header ? "header" : "meta");
  }
  const utf8 = decodeStrictUtf8(bytes);
  const fromHeader = header ? checkDeclared(bytes, header, "header", utf8) : null;
  if (fromHeader) return fromHeader;
  const fromMeta = meta ? checkDeclared(bytes, meta, "meta", utf8) : null;
  if (fromMeta) return fromMeta;
  if (utf8 !== null) return { html: utf8, charset: "utf-8", source: "sniff" };
  return decode(bytes, sniffCharset(bytes), "sniff");
}
