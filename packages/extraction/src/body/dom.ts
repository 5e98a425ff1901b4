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

/** Visits elements depth-first in document order; return false from `visit` to skip a subtree. */
export function walkElements(root: AnyNode, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      if (visit(node) === false) continue;
    }
    if ("children" in node) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
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

/** Concatenated text of a subtree, without script/style content. */
export function getTextContent(node: AnyNode): string {
  if (node.type === "text") return node.data;
  if (node.type === "script" || node.type === "style") return "";
  if (!("children" in node)) return "";
  let out = "";
  for (const child of node.children) out += getTextContent(child);
  return out;
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
