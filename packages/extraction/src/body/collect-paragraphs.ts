// Turns the chosen body elements into paragraphs: block elements and <br><br> break paragraphs,
// blocks that look like link lists, image galleries or widgets are left out (Readability's
// "clean conditionally"), and lines that are page furniture are dropped.
import { BLOCK_TAGS, getClassWeight } from "./boilerplate.ts";
import { countNonSpace, isElement, type AnyNode, type Element } from "./dom.ts";
import { isCreditLine, isDateLine, isFurnitureLine, isReadAlsoLine } from "./furniture-lines.ts";
import type { MainContent } from "./find-main-content.ts";
import { getLinkDensity, type NodeStats } from "./measure-tree.ts";

const CONDITIONAL_TAGS = new Set(["div", "section", "table", "ul", "ol", "dl", "form", "fieldset", "header", "figure", "aside"]);
const MAX_DEPTH = 300;

const NON_SPACE_RE = /\S/;

type Paragraph = { text: string; linkChars: number; heading: boolean };

class ParagraphBuilder {
  readonly paragraphs: Paragraph[] = [];
  private parts: string[] = [];
  private linkChars = 0;
  private heading = false;
  private pendingBreak = false;

  addText(text: string, inLink: boolean): void {
    if (NON_SPACE_RE.test(text)) this.pendingBreak = false;
    this.parts.push(text);
    if (inLink) this.linkChars += countNonSpace(text);
  }

  addLineBreak(): void {
    // Two <br> in a row, with only spaces between, end a paragraph.
    if (this.pendingBreak) {
      this.flush();
      return;
    }
    this.parts.push(" ");
    this.pendingBreak = true;
  }

  markHeading(): void {
    this.heading = true;
  }

  flush(): void {
    this.pendingBreak = false;
    const text = this.parts.join("").replace(/\s+/g, " ").trim();
    if (text !== "") this.paragraphs.push({ text, linkChars: this.linkChars, heading: this.heading });
    this.parts = [];
    this.linkChars = 0;
    this.heading = false;
  }
}

function isListLike(el: Element, s: NodeStats): boolean {
  if (el.name === "ul" || el.name === "ol") return true;
  return s.text > 0 && s.listItems > 0 && s.paragraphText / s.text > 0.9 && s.paragraphs === 0;
}

// An image and a line under it is a photo and its caption, whatever the wrapper is called
// ("image-area", "img_wrapper", "photo"): a caption is a line, not a paragraph of the story.
const MAX_CAPTION_CHARS = 150;

function isImageWithCaption(s: NodeStats): boolean {
  return s.images >= 1 && s.paragraphs <= 1 && s.text < MAX_CAPTION_CHARS;
}

/** Readability's test for a block inside the body that is not body text. */
function shouldDropBlock(el: Element, s: NodeStats): boolean {
  const weight = getClassWeight(el);
  if (weight < 0) return true;
  if (s.commas >= 10) return false;
  const isList = isListLike(el, s);
  const linkDensity = getLinkDensity(s);
  const headingDensity = s.text === 0 ? 0 : s.headingText / s.text;
  const inFigure = el.name === "figure";
  if (!inFigure && s.images > 1 && s.paragraphs / s.images < 0.5) return true;
  if (isImageWithCaption(s)) return true;
  if (!isList && s.listItems - 100 > s.paragraphs) return true;
  if (s.inputs > Math.floor(s.paragraphs / 3)) return true;
  if (!isList && !inFigure && headingDensity < 0.9 && s.text < 25 && (s.images === 0 || s.images > 2) && linkDensity > 0) {
    return true;
  }
  if (!isList && weight < 25 && linkDensity > 0.2) return true;
  if (weight >= 25 && linkDensity > 0.5) return true;
  if ((s.embeds === 1 && s.text < 75) || s.embeds > 1) return true;
  return false;
}

function emitNode(node: AnyNode, ctx: EmitContext, depth: number, inLink: boolean): void {
  if (node.type === "text") {
    ctx.out.addText(node.data, inLink);
    return;
  }
  if (!isElement(node) || depth > MAX_DEPTH || ctx.content.removed.has(node)) return;
  const name = node.name;
  if (name === "br") {
    ctx.out.addLineBreak();
    return;
  }
  const s = ctx.content.stats.get(node);
  if (!s || s.text === 0) return;
  if (CONDITIONAL_TAGS.has(name) && depth > 0 && !isProtected(node, s, ctx) && shouldDropBlock(node, s)) return;
  const isBlock = BLOCK_TAGS.has(name);
  if (isBlock) ctx.out.flush();
  if (name === "h1") return;
  if (name.length === 2 && name[0] === "h" && name[1]! >= "2" && name[1]! <= "6") ctx.out.markHeading();
  const link = inLink || name === "a";
  for (const child of node.children) emitNode(child, ctx, depth + 1, link);
  if (isBlock) ctx.out.flush();
}

type EmitContext = { content: MainContent; out: ParagraphBuilder; rootProse: number };

// A block that holds most of the body's prose is the body's own wrapper, whatever it is named.
function isProtected(el: Element, s: NodeStats, ctx: EmitContext): boolean {
  if (ctx.content.bestAncestors.has(el)) return true;
  return ctx.rootProse > 0 && (s.text - s.linkText) / ctx.rootProse >= 0.5;
}

function isKept(p: Paragraph, title: string | null): boolean {
  if (isFurnitureLine(p.text) || isCreditLine(p.text) || isDateLine(p.text) || isReadAlsoLine(p.text, p.linkChars)) return false;
  const chars = countNonSpace(p.text);
  if (chars > 0 && p.linkChars / chars > 0.8) return false;
  if (p.heading && title !== null && p.text.toLowerCase() === title.toLowerCase()) return false;
  return true;
}

/** Paragraphs of the body, in document order, whitespace normalised. */
export function collectParagraphs(content: MainContent, title: string | null): string[] {
  const out = new ParagraphBuilder();
  for (const root of content.roots) {
    const s = content.stats.get(root);
    const ctx: EmitContext = { content, out, rootProse: s ? s.text - s.linkText : 0 };
    emitNode(root, ctx, 0, false);
    out.flush();
  }
  return out.paragraphs.filter((p) => isKept(p, title)).map((p) => p.text);
}
