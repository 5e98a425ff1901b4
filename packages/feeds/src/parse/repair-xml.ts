import { escapeMarkup, fixReferences, removeForbiddenChars } from "./fix-references.ts";
import type { ReferenceStats } from "./fix-references.ts";
import { readTag } from "./read-tag.ts";
import type { Tag } from "./read-tag.ts";

export type RepairedXml = {
  /** Well-formed XML: one root, balanced tags, clean references, no DOCTYPE, PIs or comments. */
  xml: string;
  root: { name: string; attributes: Record<string, string> } | null;
  /** What had to be fixed, one short phrase each (empty for a well-formed document). */
  repairs: string[];
  /** Items (item/entry elements) left out past `maxItems`. */
  droppedItems: number;
  /** Title of an HTML page, when the document is one. */
  htmlTitle: string | null;
};

const itemNames = new Set(["item", "entry"]);
// Deeper nesting than any feed needs; beyond it tags are dropped (text kept) so that a hostile
// document cannot exhaust the stack of the tree builders downstream.
const maxDepth = 64;
const xhtmlTextConstructs = new Set(["title", "subtitle", "summary", "content", "rights", "tagline", "info"]);

type State = {
  src: string;
  i: number;
  out: string[];
  stack: string[];
  rootClosed: boolean;
  items: number;
  maxItems: number;
  /** Stack depth at which an over-the-limit item started; nothing is emitted until it closes. */
  suppressFrom: number | null;
  stats: ReferenceStats & { strayEndTags: number; implicitCloses: number; junk: number; unterminatedTags: number; tooDeep: number };
  result: RepairedXml;
};

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1).toLowerCase();
}

function emit(s: State, text: string): void {
  if (s.suppressFrom === null) s.out.push(text);
}

function handleText(s: State, end: number): void {
  const text = s.src.slice(s.i, end);
  s.i = end;
  if (s.stack.length === 0) {
    if (text.trim() !== "") s.stats.junk += 1;
    return;
  }
  emit(s, fixReferences(text, s.stats));
}

/** Skips to just past `terminator`, or to the end when it never comes. Returns the inner text. */
function skipPast(s: State, start: number, terminator: string): string {
  const end = s.src.indexOf(terminator, start);
  const inner = s.src.slice(start, end === -1 ? s.src.length : end);
  s.i = end === -1 ? s.src.length : end + terminator.length;
  return inner;
}

function skipDoctype(s: State): void {
  // A DOCTYPE may hold an internal subset in [...] with '>' inside it.
  const bracket = s.src.indexOf("[", s.i);
  const close = s.src.indexOf(">", s.i);
  if (bracket !== -1 && (close === -1 || bracket < close)) skipPast(s, bracket, "]");
  skipPast(s, s.i, ">");
}

function handleMarkupDeclaration(s: State): boolean {
  const src = s.src;
  if (src.startsWith("<!--", s.i)) {
    skipPast(s, s.i + 4, "-->");
  } else if (src.startsWith("<![CDATA[", s.i)) {
    const inner = skipPast(s, s.i + 9, "]]>");
    if (s.stack.length > 0) emit(s, `<![CDATA[${removeForbiddenChars(inner, s.stats)}]]>`);
  } else if (/^<!doctype/i.test(src.slice(s.i, s.i + 9))) {
    skipDoctype(s);
  } else if (src.startsWith("<?", s.i) || src.startsWith("<!", s.i)) {
    skipPast(s, s.i + 2, ">");
  } else {
    return false;
  }
  return true;
}

function closeTo(s: State, depth: number): void {
  while (s.stack.length > depth) {
    const name = s.stack.pop() ?? "";
    emit(s, `</${name}>`);
    if (s.suppressFrom !== null && s.stack.length < s.suppressFrom) s.suppressFrom = null;
  }
  if (s.stack.length === 0) s.rootClosed = true;
}

function handleEndTag(s: State, tag: Tag): void {
  let depth = s.stack.lastIndexOf(tag.name);
  if (depth === -1) {
    const lower = tag.name.toLowerCase();
    depth = s.stack.findLastIndex((n) => n.toLowerCase() === lower);
  }
  if (depth === -1) {
    s.stats.strayEndTags += 1;
    return;
  }
  s.stats.implicitCloses += s.stack.length - depth - 1;
  closeTo(s, depth);
}

/** Atom XHTML text (`<title type="xhtml"><div>...</div></title>`) becomes HTML-typed text. */
function captureXhtml(s: State, tag: Tag): void {
  const closer = new RegExp(`</${tag.name.replace(/[.:]/g, "\\$&")}\\s*>`, "g");
  closer.lastIndex = s.i;
  const found = closer.exec(s.src);
  const end = found ? found.index : s.src.length;
  const inner = s.src.slice(s.i, end);
  s.i = found ? end + found[0].length : s.src.length;
  const attributes = { ...tag.attributes, type: "html" };
  const attrText = Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join("");
  emit(s, `<${tag.name}${attrText}>${escapeMarkup(fixReferences(inner, s.stats))}</${tag.name}>`);
}

function handleStartTag(s: State, tag: Tag): void {
  if (s.stack.length >= maxDepth) {
    s.stats.tooDeep += 1;
    return;
  }
  if (s.stack.length === 0) {
    s.result.root = { name: tag.name, attributes: tag.attributes };
    if (["html", "head", "body"].includes(tag.name.toLowerCase())) s.result.htmlTitle ??= "";
  }
  if (s.stack.length <= 2 && itemNames.has(localName(tag.name))) {
    s.items += 1;
    if (s.items > s.maxItems && s.suppressFrom === null) {
      s.result.droppedItems += 1;
      if (!tag.selfClosing) s.suppressFrom = s.stack.length + 1;
      if (tag.selfClosing) return;
    }
  }
  const text = `<${tag.name}${Object.entries(tag.attributes).map(([k, v]) => ` ${k}="${v}"`).join("")}`;
  if (tag.selfClosing) {
    if (s.stack.length === 0) s.rootClosed = true;
    return emit(s, `${text}/>`);
  }
  if (xhtmlTextConstructs.has(localName(tag.name)) && tag.attributes.type === "xhtml") return captureXhtml(s, tag);
  emit(s, `${text}>`);
  s.stack.push(tag.name);
}

function step(s: State): void {
  const lt = s.src.indexOf("<", s.i);
  if (lt === -1) return handleText(s, s.src.length);
  if (lt > s.i) return handleText(s, lt);
  if (handleMarkupDeclaration(s)) return;
  const tag = readTag(s.src, s.i, s.stats);
  if (!tag) {
    // A '<' that starts no tag ("a < b" in text): keep it as text.
    if (s.stack.length > 0) emit(s, "&lt;");
    s.i += 1;
    return;
  }
  s.i = tag.end;
  if (tag.closing) handleEndTag(s, tag);
  else handleStartTag(s, tag);
}

function summarize(s: State): string[] {
  const { stats } = s;
  const phrases: [number, string][] = [
    [stats.badReferences, "character references outside Unicode replaced by U+FFFD"],
    [stats.badAmpersands, "bare '&' escaped"],
    [stats.badChars, "characters XML forbids removed"],
    [stats.strayEndTags, "stray end tags dropped"],
    [stats.unterminatedTags, "unterminated tags completed"],
    [stats.implicitCloses, "unclosed elements closed"],
    [stats.junk, "text outside the root element dropped"],
    [stats.tooDeep, `tags nested deeper than ${maxDepth} dropped`],
  ];
  return phrases.filter(([n]) => n > 0).map(([n, phrase]) => `${n} ${phrase}`);
}

/**
 * A lenient pre-pass that turns what a careful reader can understand into well-formed XML for a
 * strict parser: stray and unterminated end tags, unclosed elements, broken references, junk
 * before or after the root, DOCTYPEs, and items past `maxItems` (dropped here so a 10,000-item
 * feed never becomes 10,000 objects). Never throws.
 */
export function repairXml(src: string, options: { maxItems: number }): RepairedXml {
  const result: RepairedXml = { xml: "", root: null, repairs: [], droppedItems: 0, htmlTitle: null };
  const stats = { badReferences: 0, badAmpersands: 0, badChars: 0, strayEndTags: 0, implicitCloses: 0, junk: 0, unterminatedTags: 0, tooDeep: 0 };
  const s: State = { src, i: 0, out: [], stack: [], rootClosed: false, items: 0, maxItems: options.maxItems, suppressFrom: null, stats, result };
  while (s.i < src.length && !s.rootClosed) step(s);
  if (s.stack.length > 0) stats.implicitCloses += s.stack.length;
  closeTo(s, 0);
  if (src.slice(s.i).replace(/<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)/g, "").trim() !== "") stats.junk += 1;
  if (result.htmlTitle !== null) result.htmlTitle = /<title[^>]*>([^<]*)/i.exec(src)?.[1]?.trim() ?? "";
  result.xml = s.out.join("");
  result.repairs = summarize(s);
  return result;
}
