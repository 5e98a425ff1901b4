// Small helpers over htmlparser2's DOM (domhandler nodes). The extractor walks nodes directly
// instead of running selectors: one pass over the tree costs less than the parse itself.
import type { AnyNode, Element, ParentNode } from "domhandler";

export type { AnyNode, Element, ParentNode };

export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

export function getAttr(el: Element, name: string): string | null {
  const value = el.attribs[name];
  return value === undefined ? null : value;
}

/** Class and id of an element, lower-cased, for boilerplate patterns. */
export function getClassAndId(el: Element): string {
  const cls = el.attribs["class"];
  const id = el.attribs["id"];
  if (cls === undefined && id === undefined) return "";
  return `${cls ?? ""} ${id ?? ""}`.toLowerCase();
}

/** True for nodes that hold children: elements, the document and CDATA sections. */
function isParentNode(node: AnyNode): node is ParentNode {
  // Type checks rather than `"children" in node`: `in` is slow on nodes of many shapes, and the
  // walks below ask it of every node of the page.
  return isElement(node) || node.type === "root" || node.type === "cdata";
}

/** Visits elements depth-first in document order; return false from `visit` to skip a subtree. */
export function walkElements(root: AnyNode, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && visit(node) === false) continue;
    if (!isParentNode(node)) continue;
    const children = node.children;
    // Text and comments hold no elements: they never go on the stack.
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i]!;
      if (isParentNode(child)) stack.push(child);
    }
  }
}

export function findFirstElement(root: AnyNode, name: string): Element | null {
  let found: Element | null = null;
  walkElements(root, (el) => {
    if (found) return false;
    if (el.name === name) {
      found = el;
      return false;
    }
    return true;
  });
  return found;
}

/** Concatenated text of a subtree, without script/style content; iterative, so depth is no risk. */
export function getTextContent(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === "text") parts.push(current.data);
    else if (current.type === "script" || current.type === "style") continue;
    else if (isParentNode(current)) for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i]!);
  }
  return parts.join("");
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Characters of `text` that are not whitespace (what `\s` matches), without building a new string. */
export function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) if (!isSpaceCode(text.charCodeAt(i))) n += 1;
  return n;
}

/** True for the UTF-16 code units that `\s` (and `trim`) treat as whitespace. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
