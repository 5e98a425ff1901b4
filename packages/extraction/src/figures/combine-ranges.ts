import type { CompiledLanguage } from "./compile-language.ts";
import type { Candidate } from "./figure-candidate.ts";
import { windowBefore } from "./read-context.ts";

type Frame = { start: number; isChange: boolean };

/** "between A and B", "from A to B", "от A до B": where the frame starts, if one holds A and B. */
function findFrame(text: string, a: Candidate, gap: string, lang: CompiledLanguage): Frame | undefined {
  const { text: before, offset } = windowBefore(text, a.start);
  for (const [i, frame] of lang.frames.entries()) {
    if (!frame.gapRe.test(gap)) continue;
    const match = frame.beforeRe.exec(before);
    const word = match?.[1];
    if (!match || word === undefined) continue;
    const start = offset + match.index + match[0].lastIndexOf(word);
    const source = lang.source.rangeFrames[i];
    const isChange = source?.isChange === true || hasChangeVerb(text, start, lang, source?.isFrom === true);
    return { start, isChange };
  }
  return undefined;
}

/** "4만 명에서 10만 명으로", "4万人增至10万人": the gap itself states a change. */
function findChangeGap(text: string, b: Candidate, gap: string, lang: CompiledLanguage): Frame | undefined {
  for (const changeGap of lang.changeGaps) {
    if (!changeGap.gapRe.test(gap)) continue;
    if (changeGap.afterRe) {
      changeGap.afterRe.lastIndex = b.end;
      if (!changeGap.afterRe.test(text)) continue;
    }
    return { start: -1, isChange: true };
  }
  return undefined;
}

// "rose from 11,000 to 12,000", "revised its estimate from 11,000 to 12,000": a change, while
// "from 11,000 to 12,000 workers" with no such verb is a range.
function hasChangeVerb(text: string, end: number, lang: CompiledLanguage, isFrom: boolean): boolean {
  const before = windowBefore(text, end).text;
  const match = lang.changeBeforeRe.exec(before);
  if (match !== null && match.groups?.prep === undefined) return true;
  return isFrom && lang.revisionBeforeRe?.test(before) === true;
}

/** Gives both ends one unit: "70-90%", "100 to 200 dollars", "$100 to 200", "от 70 до 90 тыс.". */
function unifyUnits(a: Candidate, b: Candidate): boolean {
  if (a.unit === "count" && !a.isCounter && b.unit !== "count") {
    a.unit = b.unit;
    a.currency = b.currency;
    a.isPoints = b.isPoints;
    if (b.unitFactor !== undefined && a.value !== null) a.value *= b.unitFactor;
  } else if (b.unit === "count" && (a.unit === "usd" || a.unit === "money")) {
    b.unit = a.unit;
    b.currency = a.currency;
  }
  if (a.unit !== b.unit || a.currency !== b.currency || Boolean(a.isPoints) !== Boolean(b.isPoints)) return false;
  if (a.factor === 1 && b.factor > 1 && a.form === b.form && a.raw <= b.raw && a.value !== null) {
    a.value = a.raw * b.factor;
    a.factor = b.factor;
  }
  return true;
}

/** B's qualifier words stood in the gap ("до" in "от 70 до 90"): they joined, they did not hedge. */
function withoutGapQualifier(b: Candidate): Partial<Candidate> {
  return b.hasQualifierBefore ? { start: b.coreStart, qualifier: "exact", hasQualifierBefore: false } : {};
}

function toChange(a: Candidate, b: Candidate): Candidate[] {
  const direction = (b.value ?? 0) >= (a.value ?? 0) ? "up" : "down";
  return [
    { ...a, isChange: true, changeRole: "from", direction },
    { ...b, isChange: true, changeRole: "to", direction },
  ];
}

function toRange(a: Candidate, b: Candidate, start: number): Candidate | undefined {
  if (a.value === null || b.value === null || a.value >= b.value) return undefined;
  return {
    ...a,
    start,
    end: b.end,
    coreEnd: b.coreEnd,
    value: null,
    low: a.value,
    high: b.value,
    qualifier: "range",
    isCounter: a.isCounter || b.isCounter,
    isModifier: b.isModifier,
    hyphenNoun: b.hyphenNoun,
    isLoneOne: false,
  };
}

/** Joins A and B when the words between them make a range or a change; undefined otherwise. */
function combinePair(text: string, a: Candidate, b: Candidate, lang: CompiledLanguage): Candidate[] | undefined {
  if (a.qualifier === "vague" || b.qualifier === "vague" || a.isModifier) return undefined;
  // "from eight to about 120": B keeps its own hedge out of the gap; "от 70 до 90": "до" is the gap.
  const gaps = b.hasQualifierBefore ? [text.slice(a.end, b.start), text.slice(a.end, b.coreStart)] : [text.slice(a.end, b.start)];
  const gap = gaps.find((g) => findFrame(text, a, g, lang) || findChangeGap(text, b, g, lang) || lang.rangeGapRe.test(g));
  if (gap === undefined) return undefined;
  const frame = findFrame(text, a, gap, lang) ?? findChangeGap(text, b, gap, lang);
  const aCopy = { ...a };
  const bCopy = { ...b };
  if (!unifyUnits(aCopy, bCopy)) return undefined;
  if (gap.length === b.coreStart - a.end) Object.assign(bCopy, withoutGapQualifier(bCopy));
  if (frame?.isChange) return toChange(aCopy, bCopy);
  const range = toRange(aCopy, bCopy, frame?.start ?? a.start);
  return range ? [range] : undefined;
}

/**
 * Turns neighbouring figures into ranges ("$100 to $200", "between 600,000 and 1 million") or
 * into the two ends of a change ("rose from 40,000 to 100,000"). "three years to 2024" stays
 * apart because the year was dropped before.
 */
export function combineRanges(text: string, candidates: Candidate[], lang: CompiledLanguage): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    const combined = b ? combinePair(text, a, b, lang) : undefined;
    if (combined) {
      out.push(...combined);
      i += 1;
    } else out.push(a);
  }
  return out;
}
