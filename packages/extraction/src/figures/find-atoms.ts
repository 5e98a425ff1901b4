import type { CompiledLanguage } from "./compile-language.ts";
import { findGroupIndex } from "./compile-language.ts";
import type { Atom } from "./figure-candidate.ts";
import { findCjkAtoms } from "./read-cjk-numbers.ts";
import { DIGITS_SOURCE, endBeforeSentenceDot, readDigits } from "./read-digits.ts";
import { findWordAtoms, normalizeWord } from "./read-number-words.ts";

// Digits not glued to a Latin or Cyrillic word ("G7", "9M729" are names); CJK text has no spaces,
// so a Han or Hangul character before the digits is fine ("約1万").
const DIGITS_RE = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_])(?:${DIGITS_SOURCE})(?!\d)`,
  "gu",
);

const CURRENCY_SIGN_BEFORE = /(?:[$€£₽¥₩]|US\$)\s?$/u;
const WORD_AFTER = /\s+\p{L}/uy;

/**
 * "$1.7bn", "5m people", "1.2m roubles" are millions; "a 500m (1,640ft) tower" and "ran 100m" are
 * metres. A one-letter scale counts only after a currency sign or before a word.
 */
function isLetterScaleMeant(text: string, start: number, end: number): boolean {
  if (CURRENCY_SIGN_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return true;
  WORD_AFTER.lastIndex = end;
  return WORD_AFTER.test(text);
}

/** The scale word after digits ("million", "млн.", "bn"), with where the number then ends. */
function readScale(text: string, start: number, end: number, lang: CompiledLanguage): { factor: number; end: number } {
  lang.scaleRe.lastIndex = end;
  const scale = lang.scaleRe.exec(text);
  if (!scale) return { factor: 1, end };
  const scaleEnd = end + scale[0].length;
  if (/^[mbk]$/i.test(scale[0]) && !isLetterScaleMeant(text, start, scaleEnd)) return { factor: 1, end };
  const factor = lang.scaleFactors[findGroupIndex(scale)] ?? 1;
  // "2,4 млн. Війна": the dot ends the sentence; "2,4 Mio. Euro", "1,5 Mio. Menschen": it does not.
  lang.unitRe.lastIndex = scaleEnd;
  const keepsDot = lang.source.hasCapitalNouns || lang.unitRe.test(text);
  return { factor, end: keepsDot ? scaleEnd : endBeforeSentenceDot(text, scaleEnd) };
}

function findDigitAtoms(text: string, lang: CompiledLanguage): Atom[] {
  const atoms: Atom[] = [];
  for (const match of text.matchAll(DIGITS_RE)) {
    const reading = readDigits(match[0], lang.source.hasDecimalComma);
    const { factor, end } = readScale(text, match.index, match.index + match[0].length, lang);
    atoms.push({
      start: match.index, end, value: reading.value * factor, low: null, high: null,
      raw: reading.value, factor, form: "digits", isGrouped: reading.isGrouped,
      isInteger: reading.isInteger, integerDigits: reading.integerDigits, priority: 0, takesOf: factor > 1,
    });
  }
  return atoms;
}

function findPhraseAtoms(text: string, lang: CompiledLanguage): Atom[] {
  const atoms: Atom[] = [];
  for (const match of text.matchAll(lang.phraseRe)) {
    const rule = lang.phrases[findGroupIndex(match)];
    if (rule === undefined || match[0].length === 0) continue;
    const value = rule.value ?? null;
    // "several hundred million dollars": a scale word after a vague amount multiplies it.
    const end = match.index + match[0].length;
    lang.scaleRe.lastIndex = end;
    const scale = value === null && !lang.source.isCjk ? lang.scaleRe.exec(text) : null;
    const factor = scale ? (lang.scaleFactors[findGroupIndex(scale)] ?? 1) : 1;
    atoms.push({
      start: match.index, end: end + (scale?.[0].length ?? 0), value,
      low: value === null ? (rule.low ?? 0) * factor : null,
      // 200..999 hundred million is 200,000,000..999,999,999.
      high: value === null ? ((rule.high ?? 0) + 1) * factor - 1 : null,
      raw: value ?? 0, factor, form: rule.form ?? "words", isGrouped: false, isInteger: true,
      integerDigits: 0, unit: rule.unit, qualifier: rule.qualifier, direction: rule.direction,
      isTimes: rule.isTimes, priority: 2, takesOf: rule.qualifier === "about" || rule.qualifier === "vague",
    });
  }
  return atoms;
}

/** Reads a numerator or denominator: digits, a number word, or "a"/"an". */
function readSmallNumber(word: string, lang: CompiledLanguage): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return lang.words.get(normalizeWord(word))?.value;
}

function toFractionAtom(start: number, end: number, percent: number): Atom {
  // A third is 33.3 and two-thirds 66.7, as the news and the corpus round them.
  const value = Math.round(percent * 10) / 10;
  return {
    start, end, value, low: null, high: null, raw: value, factor: 1, form: "fraction",
    isGrouped: false, isInteger: Number.isInteger(value), integerDigits: 0, unit: "percent", priority: 3,
  };
}

/** The small number that ends right before `end`, with where it starts. */
function readNumberBefore(text: string, end: number, lang: CompiledLanguage): { value: number; start: number } | undefined {
  const offset = Math.max(0, end - 24);
  const match = lang.numberBeforeRe.exec(text.slice(offset, end));
  const value = match ? readSmallNumber(match[0], lang) : undefined;
  return match && value !== undefined ? { value, start: offset + match.index } : undefined;
}

/** "six entrées" before "sur dix": the number and the noun it counts, with where the number starts. */
function readNumberWordBefore(text: string, end: number, lang: CompiledLanguage): { value: number; start: number } | undefined {
  const offset = Math.max(0, end - 48);
  const match = lang.numberWordBeforeRe.exec(text.slice(offset, end));
  const value = match?.groups?.n ? readSmallNumber(match.groups.n, lang) : undefined;
  return match && value !== undefined ? { value, start: offset + match.index } : undefined;
}

const ROUND_WHOLES = new Set([10, 100]);

/**
 * "one in five", "seven out of 10", "nine of 10", "six entrées sur dix": a share, with the
 * connector matched by `re`. With a noun between the part and the connector, or with a connector
 * that also means "of", only a round whole that no unit follows makes a share ("5 people in 10
 * days" is no share).
 */
function findRatioAtoms(text: string, lang: CompiledLanguage, re: RegExp, needsRoundWhole: boolean): Atom[] {
  const atoms: Atom[] = [];
  for (const match of text.matchAll(re)) {
    const direct = readNumberBefore(text, match.index, lang);
    const n = direct ?? readNumberWordBefore(text, match.index, lang);
    lang.numberAfterRe.lastIndex = match.index + match[0].length;
    const after = lang.numberAfterRe.exec(text);
    const d = after ? readSmallNumber(after[0], lang) : undefined;
    // "12 in 2024" is no share: the whole must be larger, and no year.
    if (n === undefined || d === undefined || n.value >= d || d > 1000 || !Number.isInteger(d)) continue;
    const end = lang.numberAfterRe.lastIndex;
    if ((needsRoundWhole || direct === undefined) && !(ROUND_WHOLES.has(d) && !execUnitAt(text, end, lang))) continue;
    // "two people in 10 attacks": with a noun on both sides, the numbers count two things.
    if (direct === undefined && isNounAt(text, end, lang)) continue;
    atoms.push(toFractionAtom(n.start, end, (n.value / d) * 100));
  }
  return atoms;
}

const NEXT_WORD = /[\s\u00A0]+(\p{L}+)/uy;

/** Whether the word after `at` reads as a noun: no stop word, no verb form, a plural where the language marks one. */
function isNounAt(text: string, at: number, lang: CompiledLanguage): boolean {
  NEXT_WORD.lastIndex = at;
  const word = NEXT_WORD.exec(text)?.[1]?.toLowerCase();
  if (word === undefined || lang.stopWords.has(word) || lang.verbEndingRe?.test(word)) return false;
  return lang.pluralHeadRe ? lang.pluralHeadRe.test(word) : true;
}

function execUnitAt(text: string, at: number, lang: CompiledLanguage): boolean {
  lang.unitRe.lastIndex = at;
  return lang.unitRe.test(text);
}

/** "two-thirds", "a quarter of", "one in five", "seven out of 10", "2/3 of": shares, as percents. */
function findFractionAtoms(text: string, lang: CompiledLanguage): Atom[] {
  const atoms: Atom[] = [];
  // Search the rare word (the denominator, the connector) first, then read the numbers around it.
  for (const match of lang.denominatorRe ? text.matchAll(lang.denominatorRe) : []) {
    const d = lang.denominators.get(normalizeWord(match.groups?.d ?? ""));
    const n = readNumberBefore(text, match.index, lang);
    if (n === undefined || d === undefined || n.value >= d) continue;
    atoms.push(toFractionAtom(n.start, match.index + match[0].length, (n.value / d) * 100));
  }
  for (const match of text.matchAll(lang.slashShareRe)) {
    const n = Number(match.groups?.n);
    const d = Number(match.groups?.d);
    if (n < d) atoms.push(toFractionAtom(match.index, match.index + match[0].length, (n / d) * 100));
  }
  atoms.push(...findRatioAtoms(text, lang, lang.ratioConnectorRe, false));
  if (lang.roundRatioConnectorRe) atoms.push(...findRatioAtoms(text, lang, lang.roundRatioConnectorRe, true));
  return atoms;
}

/**
 * Keeps the longest of overlapping atoms ("tens of thousands" over "thousands", "two-thirds"
 * over "two"); on equal length the higher priority (a phrase over its words).
 */
function dropOverlaps(atoms: Atom[]): Atom[] {
  const sorted = atoms.sort((a, b) => a.start - b.start || b.end - a.end || b.priority - a.priority);
  const kept: Atom[] = [];
  for (const atom of sorted) {
    const last = kept.at(-1);
    if (last === undefined || atom.start >= last.end) {
      kept.push(atom);
      continue;
    }
    const longer = atom.end - atom.start > last.end - last.start;
    const sameButStronger = atom.end - atom.start === last.end - last.start && atom.priority > last.priority;
    if (longer || sameButStronger) kept[kept.length - 1] = atom;
  }
  return kept;
}

/** Every number written in the text, in digits, words or characters, in text order. */
export function findAtoms(text: string, lang: CompiledLanguage): Atom[] {
  const atoms = lang.source.isCjk
    ? [...findCjkAtoms(text, lang), ...findPhraseAtoms(text, lang), ...findFractionAtoms(text, lang)]
    : [
        ...findDigitAtoms(text, lang),
        ...findWordAtoms(text, lang),
        ...findPhraseAtoms(text, lang),
        ...findFractionAtoms(text, lang),
      ];
  return dropOverlaps(atoms);
}
