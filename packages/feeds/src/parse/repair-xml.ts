import { escapeMarkup, fixReferences, removeForbiddenChars } from "./fix-references.ts";
import { readTag } from "./read-tag.ts";
import { closeAll, dropToken, flushTo, popTo, push, replaceToken } from "./repair-output.ts";
import type { RepairState } from "./repair-output.ts";

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
// Tags already fine for a strict parser; they are copied through untouched (the common case).
const value = `(?:"(?:[^"<&]|&(?:amp|lt|gt|quot|apos);)*"|'(?:[^'<&]|&(?:amp|lt|gt|quot|apos);)*')`;
const cleanStartTag = new RegExp(`<([A-Za-z_][\\w.:-]*)((?:\\s+[A-Za-z_:][\\w.:-]*\\s*=\\s*${value})*)\\s*(/?)>`, "y");
const cleanEndTag = /<\/([A-Za-z_][\w.:-]*)\s*>/y;

type State = RepairState & { result: RepairedXml; items: number; maxItems: number; rootEnd: number };

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1).toLowerCase();
}

function handleText(s: State, end: number): void {
  const start = s.i;
  s.i = end;
  if (s.stack.length === 0) {
    if (s.src.slice(start, end).trim() !== "") s.stats.junk += 1;
    return dropToken(s, start, end);
  }
  if (s.suppressFrom !== null) return;
  const text = s.src.slice(start, end);
  const fixed = fixReferences(text, s.stats);
  if (fixed !== text) replaceToken(s, start, end, fixed);
}

function endOf(s: State, from: number, terminator: string): number {
  const at = s.src.indexOf(terminator, from);
  return at === -1 ? s.src.length : at + terminator.length;
}

/** Comments, CDATA, DOCTYPE and processing instructions. False when '<' starts none of them. */
function handleDeclaration(s: State): boolean {
  const { src } = s;
  const next = src.charCodeAt(s.i + 1);
  if (next !== 33 /* ! */ && next !== 63 /* ? */) return false;
  const start = s.i;
  if (src.startsWith("<![CDATA[", start)) {
    s.i = endOf(s, start + 9, "]]>");
    if (s.stack.length === 0) return (dropToken(s, start, s.i), true);
    const body = src.slice(start + 9, src.startsWith("]]>", s.i - 3) ? s.i - 3 : s.i);
    const clean = removeForbiddenChars(body, s.stats);
    if (clean !== body || !src.startsWith("]]>", s.i - 3)) replaceToken(s, start, s.i, `<![CDATA[${clean}]]>`);
    return true;
  }
  if (src.startsWith("<!--", start)) s.i = endOf(s, start + 4, "-->");
  else if (/^<!doctype/i.test(src.slice(start, start + 9))) {
    // A DOCTYPE may hold an internal subset in [...] with '>' inside it.
    const bracket = src.indexOf("[", start);
    const close = src.indexOf(">", start);
    s.i = bracket !== -1 && (close === -1 || bracket < close) ? endOf(s, endOf(s, bracket, "]"), ">") : endOf(s, start, ">");
  } else s.i = endOf(s, start + 2, ">");
  dropToken(s, start, s.i);
  return true;
}

function handleEndTag(s: State, name: string, start: number, clean: boolean): void {
  let depth = s.stack.lastIndexOf(name);
  if (depth === -1) {
    const lower = name.toLowerCase();
    depth = s.stack.findLastIndex((n) => n.toLowerCase() === lower);
  }
  if (depth === -1) {
    s.stats.strayEndTags += 1;
    return dropToken(s, start, s.i);
  }
  const rewrite = !clean || depth !== s.stack.length - 1 || s.stack[depth] !== name;
  s.stats.implicitCloses += s.stack.length - depth - 1;
  if (rewrite) flushTo(s, start);
  popTo(s, depth + 1, rewrite);
  const wasSuppressed = s.suppressFrom !== null;
  const own = s.stack.pop() ?? name;
  if (s.suppressFrom !== null && s.stack.length < s.suppressFrom) s.suppressFrom = null;
  if (wasSuppressed) s.copyFrom = s.i;
  else if (rewrite) {
    push(s, `</${own}>`);
    s.copyFrom = s.i;
  }
  if (s.stack.length === 0) {
    s.rootClosed = true;
    s.rootEnd = s.i;
  }
}

/** Atom XHTML text (`<title type="xhtml"><div>...</div></title>`) becomes HTML-typed text. */
function captureXhtml(s: State, start: number, name: string, attributes: Record<string, string>): void {
  const closer = new RegExp(`</${name.replace(/[.:]/g, "\\$&")}\\s*>`, "g");
  closer.lastIndex = s.i;
  const found = closer.exec(s.src);
  const inner = s.src.slice(s.i, found ? found.index : s.src.length);
  s.i = found ? found.index + found[0].length : s.src.length;
  const attrText = Object.entries({ ...attributes, type: "html" })
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("");
  replaceToken(s, start, s.i, `<${name}${attrText}>${escapeMarkup(fixReferences(inner, s.stats))}</${name}>`);
}

/**
 * Leaves out an item past the limit. Items do not nest, so the next matching end tag closes it;
 * jumping there keeps a 10,000-item feed from costing 10,000 items of tokenizing. If no end tag
 * follows, the rest is tokenized with the item marked as left out.
 */
function skipItem(s: State, start: number, name: string, selfClosing: boolean): void {
  dropToken(s, start, s.i);
  if (selfClosing) return;
  const closer = new RegExp(`</${name.replace(/[.:]/g, "\\$&")}\\s*>`, "g");
  closer.lastIndex = s.i;
  const found = closer.exec(s.src);
  if (found) {
    s.i = closer.lastIndex;
    s.copyFrom = s.i;
    return;
  }
  s.stack.push(name);
  s.suppressFrom = s.stack.length;
}

type StartTag = { name: string; start: number; selfClosing: boolean; clean: boolean; attrHint: string };

function handleStartTag(s: State, tag: StartTag): void {
  const { name, start, selfClosing } = tag;
  if (s.stack.length >= maxDepth) {
    s.stats.tooDeep += 1;
    return dropToken(s, start, s.i);
  }
  const needsAttributes = !tag.clean || s.stack.length === 0 || (tag.attrHint.includes("xhtml") && xhtmlTextConstructs.has(localName(name)));
  const full = needsAttributes ? readTag(s.src, start, s.stats) : null;
  const attributes = full?.attributes ?? {};
  if (s.stack.length === 0) {
    s.result.root = { name, attributes };
    if (["html", "head", "body"].includes(name.toLowerCase())) s.result.htmlTitle ??= "";
  }
  if (s.stack.length <= 2 && itemNames.has(localName(name)) && ++s.items > s.maxItems && s.suppressFrom === null) {
    s.result.droppedItems += 1;
    return skipItem(s, start, name, selfClosing);
  }
  if (!selfClosing && attributes.type === "xhtml" && xhtmlTextConstructs.has(localName(name))) return captureXhtml(s, start, name, attributes);
  if (!tag.clean) {
    const attrText = Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join("");
    replaceToken(s, start, s.i, `<${name}${attrText}${selfClosing ? "/" : ""}>`);
  }
  if (!selfClosing) s.stack.push(name);
  else if (s.stack.length === 0) {
    s.rootClosed = true;
    s.rootEnd = s.i;
  }
}

function handleTag(s: State): void {
  const start = s.i;
  cleanEndTag.lastIndex = start;
  const end = cleanEndTag.exec(s.src);
  if (end?.[1]) {
    s.i = cleanEndTag.lastIndex;
    return handleEndTag(s, end[1], start, true);
  }
  cleanStartTag.lastIndex = start;
  const clean = cleanStartTag.exec(s.src);
  if (clean?.[1] !== undefined) {
    s.i = cleanStartTag.lastIndex;
    return handleStartTag(s, { name: clean[1], start, selfClosing: clean[3] === "/", clean: true, attrHint: clean[2] ?? "" });
  }
  const tag = readTag(s.src, start, s.stats);
  if (!tag) {
    // A '<' that starts no tag ("a < b" in text): keep it as text.
    s.i = start + 1;
    if (s.stack.length > 0) replaceToken(s, start, s.i, "&lt;");
    else dropToken(s, start, s.i);
    return;
  }
  s.i = tag.end;
  if (tag.closing) handleEndTag(s, tag.name, start, false);
  else handleStartTag(s, { name: tag.name, start, selfClosing: tag.selfClosing, clean: false, attrHint: "" });
}

function step(s: State): void {
  const lt = s.src.indexOf("<", s.i);
  if (lt === -1) return handleText(s, s.src.length);
  if (lt > s.i) return handleText(s, lt);
  if (!handleDeclaration(s)) handleTag(s);
}

function summarize(stats: RepairState["stats"]): string[] {
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
 * feed never becomes 10,000 objects). Well-formed stretches are copied through as they are.
 * Never throws.
 */
export function repairXml(src: string, options: { maxItems: number }): RepairedXml {
  const result: RepairedXml = { xml: "", root: null, repairs: [], droppedItems: 0, htmlTitle: null };
  const stats = { badReferences: 0, badAmpersands: 0, badChars: 0, strayEndTags: 0, implicitCloses: 0, junk: 0, unterminatedTags: 0, tooDeep: 0 };
  const s: State = { src, i: 0, out: [], copyFrom: 0, stack: [], rootClosed: false, suppressFrom: null, stats, result, items: 0, maxItems: options.maxItems, rootEnd: 0 };
  while (s.i < src.length && !s.rootClosed) step(s);
  flushTo(s, s.rootClosed ? s.rootEnd : src.length);
  stats.implicitCloses += s.stack.length;
  closeAll(s);
  const rest = s.rootClosed ? src.slice(s.rootEnd) : "";
  if (rest.replace(/<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)/g, "").trim() !== "") stats.junk += 1;
  if (result.htmlTitle !== null) result.htmlTitle = /<title[^>]*>([^<]*)/i.exec(src)?.[1]?.trim() ?? "";
  result.xml = s.out.join("");
  result.repairs = summarize(stats);
  return result;
}
