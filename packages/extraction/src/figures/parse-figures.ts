// The figure parser, in five passes over one paragraph, each linear in its length:
//   find-atoms        numbers as written: digits with scales, words, CJK numerals, phrases, fractions
//   find-non-figures  masks (dates, times, links, model names) and, later, years, ages, labels
//   read-context      qualifier, currency, unit, change verb and ratio cue around each number
//   combine-ranges    "A to B", "between A and B", "from A to B" (a change when a verb precedes)
//   find-nouns        what each figure counts, modifies, or is a share of
// The words of every language live in languages/<code>.ts (language-source.ts says what each field
// means); only CJK numerals and the particles around them (read-cjk-numbers.ts, find-cjk-nouns.ts)
// and the masks of dates and times written with digits (find-non-figures.ts) are read in code.
import { combineRanges } from "./combine-ranges.ts";
import { getCompiledLanguage } from "./compile-language.ts";
import type { CompiledLanguage } from "./compile-language.ts";
import type { Candidate } from "./figure-candidate.ts";
import { findAtoms } from "./find-atoms.ts";
import { dropMasked, findMaskedSpans, findNonFigureReason } from "./find-non-figures.ts";
import { findNouns } from "./find-nouns.ts";
import { getLanguageSource } from "./languages/index.ts";
import type { ParsedFigure, ParseFiguresOptions } from "./parsed-figure.ts";
import { readContext } from "./read-context.ts";

const FULL_WIDTH_NUMBER_RE = /[０-９]+(?:[，．][０-９]+)*/g;

/**
 * Japanese and Chinese text often writes digits full-width ("１万５千人"). They are read as ASCII
 * digits; every character keeps its place, so offsets still point into the original text.
 */
function toAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_NUMBER_RE, (run) =>
    run.replace(/[０-９，．]/g, (ch) => (ch === "，" ? "," : ch === "．" ? "." : String.fromCharCode(ch.charCodeAt(0) - 0xfee0))),
  );
}

// Values such as 66.666… (two-thirds) or 1.2 × 1e6 carry float noise; news gives few decimals.
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

function toParsedFigure(text: string, c: Candidate, lang: CompiledLanguage): ParsedFigure {
  const figure: ParsedFigure = {
    value: c.value === null ? null : round(c.value),
    low: c.low === null ? null : round(c.low),
    high: c.high === null ? null : round(c.high),
    unit: c.unit,
    qualifier: c.qualifier,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    form: c.form,
  };
  if (c.unit === "money") figure.currency = c.currency ?? null;
  if (c.direction) figure.direction = c.direction;
  if (c.isChange) figure.isChange = true;
  if (c.changeRole) figure.changeRole = c.changeRole;
  if (c.isPoints) figure.isPercentagePoints = true;
  return { ...figure, ...findNouns(text, c, lang) };
}

/**
 * Every figure stated in `text`, in text order: numbers in digits or words with their qualifier
 * ("approximately", "more than", 여, 以上), unit (count, percent, usd, money, fold, hours, days,
 * ratio) and span; ranges and vague amounts as low/high. Years, dates, times, ages, ordinals and
 * identifiers are left out. Pure and linear in the length of `text`; run it on whole paragraphs.
 */
export function parseFigures(text: string, opts: ParseFiguresOptions): ParsedFigure[] {
  const lang = getCompiledLanguage(getLanguageSource(opts.language));
  const scan = toAsciiDigits(text);
  const candidates = findCandidates(scan, lang);
  return combineRanges(scan, candidates, lang)
    .filter((c) => !c.isLoneOne)
    .map((c) => toParsedFigure(text, c, lang));
}

function findCandidates(text: string, lang: CompiledLanguage): Candidate[] {
  const atoms = dropMasked(findAtoms(text, lang), findMaskedSpans(text));
  const candidates: Candidate[] = [];
  let readUntil = 0;
  for (const atom of atoms) {
    // A unit can hold a number word ("pour cent", "per cento"): it is read once, with its figure.
    if (atom.start < readUntil) continue;
    const candidate = readContext(text, atom, lang);
    if (candidate) readUntil = candidate.end;
    if (candidate && findNonFigureReason(text, candidate, lang) === undefined) candidates.push(candidate);
  }
  return candidates;
}
