import type { ReferenceStats } from "./fix-references.ts";

/**
 * Output of the repair pass, kept as spans of the source: untouched stretches are copied in one
 * slice each, and only what changes is written out. `copyFrom` is where the next untouched
 * stretch starts.
 */
export type RepairState = {
  src: string;
  i: number;
  out: string[];
  copyFrom: number;
  stack: string[];
  rootClosed: boolean;
  /** Stack depth of an over-the-limit item being left out; nothing is written until it closes. */
  suppressFrom: number | null;
  stats: ReferenceStats & { strayEndTags: number; implicitCloses: number; junk: number; unterminatedTags: number; tooDeep: number };
};

/** Writes the untouched source up to `pos` (or discards it while an item is left out). */
export function flushTo(s: RepairState, pos: number): void {
  if (s.suppressFrom === null && pos > s.copyFrom) s.out.push(s.src.slice(s.copyFrom, pos));
  s.copyFrom = Math.max(s.copyFrom, pos);
}

export function push(s: RepairState, text: string): void {
  if (s.suppressFrom === null && text !== "") s.out.push(text);
}

/** Writes `text` in place of the source between `start` and `end`. */
export function replaceToken(s: RepairState, start: number, end: number, text: string): void {
  flushTo(s, start);
  push(s, text);
  s.copyFrom = end;
}

export function dropToken(s: RepairState, start: number, end: number): void {
  replaceToken(s, start, end, "");
}

/** Closes open elements down to `depth`, writing their end tags when `write` (and not left out). */
export function popTo(s: RepairState, depth: number, write: boolean): void {
  while (s.stack.length > depth) {
    const name = s.stack.pop() ?? "";
    if (s.suppressFrom !== null && s.stack.length < s.suppressFrom) s.suppressFrom = null;
    else if (write) push(s, `</${name}>`);
  }
}

export function closeAll(s: RepairState): void {
  popTo(s, 0, true);
}
