import { fixReferences } from "./fix-references.ts";
import type { ReferenceStats } from "./fix-references.ts";

export type Tag = { name: string; attributes: Record<string, string>; closing: boolean; selfClosing: boolean; end: number };

const nameStart = /[A-Za-z_:\u00c0-\uffff]/;
const nameRest = /[A-Za-z0-9_:.\-\u00b7\u00c0-\uffff]*/y;
// A quoted value stops at '<' (never legal there), so a missing closing quote cannot swallow the document.
const attribute = /\s*([^\s=/>"'<]+)(?:\s*=\s*(?:"([^"<]*)"?|'([^'<]*)'?|([^\s>"'<]+)))?/y;

function readName(src: string, at: number): string | null {
  if (!nameStart.test(src[at] ?? "")) return null;
  nameRest.lastIndex = at + 1;
  const rest = nameRest.exec(src)?.[0] ?? "";
  return (src[at] ?? "") + rest;
}

function isValidAttributeName(name: string): boolean {
  return /^[A-Za-z_:][A-Za-z0-9_:.-]*$/.test(name);
}

function escapeAttribute(value: string, stats: ReferenceStats): string {
  return fixReferences(value, stats).replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/[\t\n\r]/g, " ");
}

/**
 * Reads the tag starting at `at` (a '<'), tolerating unquoted or missing attribute values,
 * duplicate attributes and a missing '>' (the tag then ends at the next '<' or the end of input,
 * as with "</rss" at the end of a truncated file). Null when '<' starts no tag.
 */
export function readTag(src: string, at: number, stats: ReferenceStats & { unterminatedTags: number }): Tag | null {
  const closing = src[at + 1] === "/";
  const nameAt = closing ? at + 2 : at + 1;
  const name = readName(src, nameAt);
  if (!name) return null;
  const attributes: Record<string, string> = {};
  let i = nameAt + name.length;
  if (!closing) {
    for (;;) {
      attribute.lastIndex = i;
      const match = attribute.exec(src);
      if (!match || match[0] === "") break;
      i = attribute.lastIndex;
      const [, attrName = "", dq, sq, bare] = match;
      const value = dq ?? sq ?? bare ?? attrName;
      if (isValidAttributeName(attrName) && !(attrName in attributes)) attributes[attrName] = escapeAttribute(value, stats);
    }
  }
  const close = src.indexOf(">", i);
  const nextLt = src.indexOf("<", i);
  const unterminated = close === -1 || (nextLt !== -1 && nextLt < close);
  const end = unterminated ? (nextLt === -1 ? src.length : nextLt) : close + 1;
  if (unterminated) stats.unterminatedTags += 1;
  const selfClosing = !closing && !unterminated && src[close - 1] === "/";
  return { name, attributes, closing, selfClosing, end };
}
