// Finds the element that holds the article body: boilerplate is set aside first, then every text
// block scores its ancestors (Readability's scheme: commas and length, shared with ancestors at a
// discount, weighed by class names and link density), and the best ancestor wins.
import { BLOCK_TAGS, getClassWeight, isDroppedElement, isUnlikelyElement } from "./boilerplate.ts";
import { isElement, walkElements, type AnyNode, type Element } from "./dom.ts";
import { countTextAndCommas, getLinkDensity, measureTree, type NodeStats, type TreeStats } from "./measure-tree.ts";

export type MainContent = {
  /** The elements whose text is the body, in document order (the winner and its kin siblings). */
  roots: Element[];
  top: Element;
  removed: ReadonlySet<Element>;
  /** The best-scoring block and its ancestors: never pruned as boilerplate. */
  bestAncestors: ReadonlySet<Element>;
  stats: TreeStats;
  /** Characters of paragraph text on the whole page, for "is this an article" checks. */
  pageParagraphText: number;
};

// A block whose boilerplate-sounding name would drop this share of the page's prose is a
// misnamed wrapper ("content-sidebar-wrap"), not boilerplate.
const PROTECTED_SHARE = 0.6;
const MIN_BLOCK_CHARS = 20;
const ANCESTOR_LEVELS = 5;

const TAG_BASE_SCORE: Record<string, number> = {
  div: 5, article: 5, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
// Tags whose own text is a paragraph of their parent; other blocks hold their loose text themselves.
const PARAGRAPH_LIKE = new Set(["p", "pre", "td", "blockquote", "li", "dd", "h2", "h3", "h4", "h5", "h6"]);

function findRemovedElements(body: Element): Set<Element> {
  const dropped = new Set<Element>();
  const unlikely: Element[] = [];
  walkElements(body, (el) => {
    if (el !== body && isDroppedElement(el)) {
      dropped.add(el);
      return false;
    }
    if (isUnlikelyElement(el)) unlikely.push(el);
    return true;
  });
  const stats = measureTree(body, dropped);
  const total = countProse(stats.get(body));
  const removed = dropped;
  for (const el of unlikely) {
    if (hasRemovedAncestor(el, removed, body)) continue;
    const share = total === 0 ? 0 : countProse(stats.get(el)) / total;
    if (share < PROTECTED_SHARE) removed.add(el);
  }
  return removed;
}

/** Text outside links: what an article is made of. */
function countProse(stats: NodeStats | undefined): number {
  return stats ? stats.text - stats.linkText : 0;
}

function hasRemovedAncestor(el: Element, removed: ReadonlySet<Element>, stop: Element): boolean {
  for (let p = el.parent; p && p !== stop; p = p.parent) {
    if (isElement(p) && removed.has(p)) return true;
  }
  return false;
}

function scoreText(chars: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(chars / 100), 3);
}

/** Runs of loose text (text and inline elements between blocks) inside a container, as scores. */
function scoreInlineRuns(el: Element, stats: TreeStats): number[] {
  const scores: number[] = [];
  let chars = 0;
  let commas = 0;
  const close = (): void => {
    if (chars >= MIN_BLOCK_CHARS) scores.push(scoreText(chars, commas));
    chars = 0;
    commas = 0;
  };
  for (const child of el.children) {
    if (child.type === "text") {
      const counted = countTextAndCommas(child.data);
      chars += counted.chars;
      commas += counted.commas;
    } else if (isElement(child)) {
      if (BLOCK_TAGS.has(child.name)) {
        close();
        continue;
      }
      const s = stats.get(child);
      chars += s?.text ?? 0;
      commas += s?.commas ?? 0;
    }
  }
  close();
  return scores;
}

function scoreCandidates(body: Element, removed: ReadonlySet<Element>, stats: TreeStats): Map<Element, number> {
  const scores = new Map<Element, number>();
  const addScore = (el: Element, value: number): void => {
    const current = scores.get(el) ?? (TAG_BASE_SCORE[el.name] ?? 0) + getClassWeight(el);
    scores.set(el, current + value);
  };
  const spread = (start: Element | null, score: number): void => {
    let target = start;
    for (let level = 0; target && level < ANCESTOR_LEVELS; level += 1) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      addScore(target, score / divider);
      if (target === body) break;
      target = asElement(target.parent);
    }
  };
  walkElements(body, (el) => {
    if (removed.has(el)) return false;
    const s = stats.get(el);
    if (!s || s.inlineText < MIN_BLOCK_CHARS) return true;
    // A paragraph scores its parent; a container's loose text scores the container itself.
    if (PARAGRAPH_LIKE.has(el.name)) spread(asElement(el.parent), scoreText(s.inlineText, s.commas));
    else for (const score of scoreInlineRuns(el, stats)) spread(el, score);
    return true;
  });
  for (const [el, score] of scores) scores.set(el, score * (1 - getLinkDensity(stats.get(el))));
  return scores;
}

function asElement(node: Element["parent"]): Element | null {
  return node && isElement(node) ? node : null;
}

function pickTop(ranked: [Element, number][], scores: Map<Element, number>, body: Element): Element {
  const first = ranked[0];
  if (!first) return body;
  let top = first[0];
  const topScore = first[1];
  // Several strong candidates under one ancestor: the article is split into sibling blocks.
  const alternatives = ranked.slice(1, 5).filter(([, s]) => s / topScore >= 0.75).map(([el]) => el);
  if (alternatives.length >= 3) {
    for (let p = asElement(top.parent); p && p !== body; p = asElement(p.parent)) {
      const inside = alternatives.filter((alt) => isAncestor(p, alt)).length;
      if (inside >= 3) {
        top = p;
        break;
      }
    }
  }
  top = climbToBetterParent(top, scores, body);
  while (top !== body && top.parent && isElement(top.parent) && countElementChildren(top.parent) === 1) {
    top = top.parent;
  }
  return top;
}

function climbToBetterParent(start: Element, scores: Map<Element, number>, body: Element): Element {
  let lastScore = scores.get(start) ?? 0;
  const threshold = lastScore / 3;
  for (let p = asElement(start.parent); p && p !== body; p = asElement(p.parent)) {
    const parentScore = scores.get(p);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) return p;
    lastScore = parentScore;
  }
  return start;
}

function isAncestor(ancestor: Element, node: Element): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function countElementChildren(el: Element): number {
  let n = 0;
  for (const child of el.children) if (isElement(child)) n += 1;
  return n;
}

function endsSentence(el: Element): boolean {
  return /[.!?。？！"”»]\s*$/.test(textOfLast(el));
}

function textOfLast(el: Element): string {
  for (let i = el.children.length - 1; i >= 0; i -= 1) {
    const child = el.children[i]!;
    if (child.type === "text" && child.data.trim() !== "") return child.data;
    if (isElement(child)) return textOfLast(child);
  }
  return "";
}

function findKinSiblings(top: Element, scores: Map<Element, number>, stats: TreeStats, removed: ReadonlySet<Element>): Element[] {
  const parent = asElement(top.parent);
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs["class"] ?? "";
  const roots: Element[] = [];
  for (const child of parent.children) {
    if (!isElement(child) || removed.has(child)) continue;
    if (child === top) {
      roots.push(child);
      continue;
    }
    const bonus = topClass !== "" && child.attribs["class"] === topClass ? topScore * 0.2 : 0;
    const score = scores.get(child);
    if (score !== undefined && score + bonus >= threshold) {
      roots.push(child);
      continue;
    }
    if (child.name !== "p") continue;
    const s = stats.get(child);
    const density = getLinkDensity(s);
    const length = s?.text ?? 0;
    if ((length > 80 && density < 0.25) || (length > 0 && length <= 80 && density === 0 && endsSentence(child))) {
      roots.push(child);
    }
  }
  return roots;
}

const KIN_LEVELS = 3;

function getSignature(el: Element): string {
  return `${el.name}.${el.attribs["class"] ?? ""}`;
}

/**
 * Articles cut into chunks ("article__chunk" after "article__chunk", each with its own ad rail):
 * an ancestor of the winner whose siblings share its tag and class, and hold prose, brings them in.
 */
function addKinChunks(roots: Element[], top: Element, stats: TreeStats, body: Element): Element[] {
  const minProse = Math.max(50, countProse(stats.get(top)) * 0.25);
  let current = roots;
  let node = top;
  for (let level = 0; node !== body && level <= KIN_LEVELS; level += 1) {
    const parent = asElement(node.parent);
    if (!parent || parent === body) break;
    const signature = getSignature(node);
    const isKin = (c: AnyNode): c is Element =>
      isElement(c) && c !== node && signature !== "div." && !current.includes(c) && getSignature(c) === signature &&
      countProse(stats.get(c)) >= minProse && getLinkDensity(stats.get(c)) < 0.3;
    if (parent.children.some(isKin)) {
      // Level 0: the winner's kept siblings stay; above: the branch holding them stays whole.
      const kept = current;
      current = parent.children.flatMap((child): Element[] => {
        if (!isElement(child)) return [];
        if (isKin(child)) return [child];
        if (level === 0) return kept.includes(child) ? [child] : [];
        return child === node ? kept : [];
      });
    }
    node = parent;
  }
  return current;
}

export function findMainContent(body: Element): MainContent {
  const removed = findRemovedElements(body);
  const stats = measureTree(body, removed);
  const scores = scoreCandidates(body, removed, stats);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const top = pickTop(ranked, scores, body);
  const roots = top === body ? [body] : addKinChunks(findKinSiblings(top, scores, stats, removed), top, stats, body);
  const bestAncestors = new Set<Element>();
  for (let p = ranked[0]?.[0] ?? null; p; p = asElement(p.parent)) bestAncestors.add(p);
  return { roots, top, removed, bestAncestors, stats, pageParagraphText: stats.get(body)?.paragraphText ?? 0 };
}
