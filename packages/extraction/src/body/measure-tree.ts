// One bottom-up pass that measures every element: how much text it holds, how much of it is link
// text, how many paragraphs, images, list items and form inputs. Scoring and pruning read these.
import { BLOCK_TAGS, HEADING_TAGS } from "./boilerplate.ts";
import { isElement, type AnyNode, type Element } from "./dom.ts";

export type NodeStats = {
  /** Non-space characters of visible text in the subtree. */
  text: number;
  /** Of those, characters inside links. */
  linkText: number;
  /** Characters of headings in the subtree. */
  headingText: number;
  /** Commas (Latin, CJK, Arabic), a sign of prose. */
  commas: number;
  /** Characters not inside a nested block element: the element's own paragraph text. */
  inlineText: number;
  /** Characters of text inside <p>-like blocks (p, pre, blockquote, li, td), for size checks. */
  paragraphText: number;
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  embeds: number;
};

export type TreeStats = Map<Element, NodeStats>;

// Deeper trees are measured as if the rest were flat text: no recursion blow-up on hostile pages.
const MAX_DEPTH = 300;
const PARAGRAPH_TAGS = new Set(["p", "pre", "blockquote", "li", "td", "dd"]);

function emptyStats(): NodeStats {
  return {
    text: 0, linkText: 0, headingText: 0, commas: 0, inlineText: 0, paragraphText: 0,
    paragraphs: 0, images: 0, listItems: 0, inputs: 0, embeds: 0,
  };
}

/** Non-space characters and commas of a text. */
export function countTextAndCommas(data: string): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < data.length; i += 1) {
    const c = data.charCodeAt(i);
    if (c <= 32 || c === 160) continue;
    chars += 1;
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) commas += 1;
  }
  return { chars, commas };
}

function addChild(parent: NodeStats, child: NodeStats, childIsBlock: boolean): void {
  parent.text += child.text;
  parent.linkText += child.linkText;
  parent.headingText += child.headingText;
  parent.commas += child.commas;
  if (!childIsBlock) parent.inlineText += child.text;
  parent.paragraphText += child.paragraphText;
  parent.paragraphs += child.paragraphs;
  parent.images += child.images;
  parent.listItems += child.listItems;
  parent.inputs += child.inputs;
  parent.embeds += child.embeds;
}

function measureElement(el: Element, depth: number, removed: ReadonlySet<Element>, out: TreeStats): NodeStats {
  const stats = emptyStats();
  const name = el.name;
  if (name === "img") stats.images = 1;
  else if (name === "input" || name === "select" || name === "textarea") stats.inputs = 1;
  else if (name === "iframe" || name === "embed" || name === "object" || name === "video") stats.embeds = 1;
  if (removed.has(el)) {
    out.set(el, stats);
    return stats;
  }
  for (const child of el.children) measureNode(child, depth + 1, removed, out, stats);
  if (name === "a") stats.linkText = stats.text;
  else if (HEADING_TAGS.has(name)) stats.headingText = stats.text;
  else if (name === "li") stats.listItems += 1;
  if (PARAGRAPH_TAGS.has(name)) {
    stats.paragraphText = stats.text;
    if (name === "p") stats.paragraphs += 1;
  }
  out.set(el, stats);
  return stats;
}

function measureNode(node: AnyNode, depth: number, removed: ReadonlySet<Element>, out: TreeStats, into: NodeStats): void {
  if (node.type === "text") {
    const { chars, commas } = countTextAndCommas(node.data);
    into.commas += commas;
    into.text += chars;
    into.inlineText += chars;
    return;
  }
  if (!isElement(node) || depth > MAX_DEPTH) return;
  const child = measureElement(node, depth, removed, out);
  addChild(into, child, BLOCK_TAGS.has(node.name));
}

/** Measures the subtree under `root`, treating elements in `removed` as empty. */
export function measureTree(root: Element, removed: ReadonlySet<Element>): TreeStats {
  const out: TreeStats = new Map();
  measureElement(root, 0, removed, out);
  return out;
}

export function getLinkDensity(stats: NodeStats | undefined): number {
  if (!stats || stats.text === 0) return 0;
  return stats.linkText / stats.text;
}
