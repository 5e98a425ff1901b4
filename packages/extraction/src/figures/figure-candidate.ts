import type { Qualifier, Unit } from "@claimwatch/domain";
import type { FigureForm } from "./parsed-figure.ts";

/** A number as written, before its context is read: "15,000", "1.5 million", "twelve", "수만". */
export type Atom = {
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  /** The number before its scale word: 70 in "70 тыс.", so that "от 70 до 90 тыс." can share it. */
  raw: number;
  /** The scale word's factor, 1 when there is none. */
  factor: number;
  form: FigureForm;
  /** Digits with a thousands separator: "2,432" is never a year. */
  isGrouped: boolean;
  isInteger: boolean;
  /** Digits before the decimal mark (0 when written in words). */
  integerDigits: number;
  /** Unit, qualifier and direction the words themselves carry ("two-thirds", "doubled", "dozens"). */
  unit?: Unit;
  qualifier?: Qualifier;
  direction?: "up" | "down";
  /** "twice", "zwölfmal": a multiplier only next to a comparative or a change verb. */
  isTimes?: boolean;
  /** "one", "ein", "un": one only where it counts, so alone it is dropped. */
  isLoneOne?: boolean;
  /** "tens of thousands of workers", "1.5 million of", "une centaine d'": "of" leads to the counted noun. */
  takesOf?: boolean;
  /** Wins over an overlapping atom of the same length (a phrase over its words). */
  priority: number;
};

/** An atom with what stands around it: qualifier, currency, unit. Offsets cover all of it. */
export type Candidate = Atom & {
  /** Where the currency sign or the number starts, after any qualifier. */
  coreStart: number;
  /** Where the number and its unit end, before any qualifier after it. */
  coreEnd: number;
  unit: Unit;
  currency?: string;
  qualifier: Qualifier;
  /** The qualifier's words stand before the number ("up to", "до") rather than after. */
  hasQualifierBefore: boolean;
  isPoints?: boolean;
  /** The unit multiplied the value (9割 is 90 percent); the other end of a range takes it too: 7～9割. */
  unitFactor?: number;
  /** The figure is a hyphenated modifier; the noun after `coreEnd` is what it modifies. */
  isModifier?: boolean;
  /** "12-year" style modifier whose word is the counted noun: "three-year contract". */
  hyphenNoun?: { text: string; start: number; end: number };
  isCounter?: boolean;
  isYear?: boolean;
  isAge?: boolean;
  isDuration?: boolean;
  isRatio?: boolean;
  isChange?: boolean;
  changeRole?: "from" | "to" | "by";
};
