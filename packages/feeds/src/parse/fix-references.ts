import { decodeHTMLStrict } from "entities";

const xmlEntities = new Set(["amp", "lt", "gt", "quot", "apos"]);
const reference = /&(?:#(\d{1,10});?|#[xX]([0-9a-fA-F]{1,8});?|([A-Za-z][A-Za-z0-9]{0,31});)?/g;
// Characters XML 1.0 forbids in content: C0 controls other than tab/newline/return, U+FFFE/U+FFFF
// and lone surrogates. Real feeds carry them (pasted text, bad encoders); sax rejects them.
const forbiddenChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

export type ReferenceStats = { badReferences: number; badAmpersands: number; badChars: number };

function toCharRefs(text: string): string {
  return Array.from(text, (c) => `&#${c.codePointAt(0) ?? 0xfffd};`).join("");
}

/**
 * Makes text safe for a strict XML parser without changing what it says: bare `&` becomes
 * `&amp;`, HTML named entities (`&ouml;`, `&nbsp;`) become numeric references, references to
 * characters outside XML (beyond U+10FFFF, surrogates, controls) become U+FFFD, and forbidden
 * raw characters are dropped. `stats` counts each kind of repair.
 */
export function fixReferences(text: string, stats: ReferenceStats): string {
  if (!text.includes("&")) return removeForbiddenChars(text, stats);
  const out = text.replace(reference, (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number(dec) : parseInt(hex ?? "", 16);
      if (isXmlChar(code) && match.endsWith(";")) return match;
      if (isXmlChar(code)) return `&#${code};`;
      stats.badReferences += 1;
      return "&#xFFFD;";
    }
    if (name !== undefined) {
      if (xmlEntities.has(name)) return match;
      const decoded = decodeHTMLStrict(match);
      if (decoded !== match) return toCharRefs(decoded);
    }
    stats.badAmpersands += 1;
    return `&amp;${match.slice(1)}`;
  });
  return removeForbiddenChars(out, stats);
}

/** Drops C0 controls XML forbids and replaces lone surrogates and U+FFFE/U+FFFF with U+FFFD. */
export function removeForbiddenChars(text: string, stats: ReferenceStats): string {
  forbiddenChars.lastIndex = 0;
  if (!forbiddenChars.test(text)) return text;
  return text.replace(forbiddenChars, (c) => {
    stats.badChars += 1;
    return c.length === 1 && c.charCodeAt(0) < 0x20 ? "" : "\ufffd";
  });
}

/** Escapes markup so it survives as text (for XHTML content turned into HTML-typed text). */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
