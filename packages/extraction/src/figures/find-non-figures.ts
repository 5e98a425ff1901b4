import type { CompiledLanguage } from "./compile-language.ts";
import type { Atom, Candidate } from "./figure-candidate.ts";
import { windowBefore } from "./read-context.ts";

/**
 * Spans that hold digits but no figure, in any language: links, dates and times written with
 * digits only, year ranges, phone numbers, model names ("Su-27", "COVID-19"), and the date,
 * time, ordinal and label forms of Korean, Japanese and Chinese.
 */
const MASK_RE = new RegExp(
  [
    String.raw`https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+`,
    String.raw`(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)`,
    String.raw`(?<![\d.,])\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\d.,]\d)`,
    String.raw`(?<![\d.,])\d{1,2}[:.]\d{2}\s?[ap]\.?\s?m\b\.?|(?<![\d.,])\d{1,2}\s?[ap]\.m\.|(?<![\d.,])\d{1,2}\s?[ap]m\b`,
    // "alle 1.30", "a las 15.30", "às 9.45": a time of day after the word for "at".
    String.raw`(?<=(?:^|[^\p{L}])(?:alle|all['’]|ore|a\s+las?|hacia\s+las?|às)\s+)\d{1,2}[.:]\d{2}(?!\d)`,
    String.raw`(?<![\d.,])\d{1,2}:\d{2}(?::\d{2})?(?!\d)|(?<![\d.,])\d{1,2}\s?h\s?\d{2}(?!\d)|(?<!\d)\d{1,2}\s?Uhr\b`,
    String.raw`(?<![\d.,])(?:19|20)\d{2}\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d%])`,
    // "24/7", "1/3", "2397/2017": two numbers joined by a slash state no single figure.
    String.raw`(?<![\d.,/])\d{1,4}/\d{1,4}(?![\d/])`,
    // "the '90s", "gli anni '90": a year cut to two digits after an apostrophe.
    String.raw`(?<![\p{L}\d])['’]\d{2}(?![\d%])`,
    // Ordinal indicators: "8.ª brigada", "1º de maio", "il 1° maggio".
    String.raw`(?<![\d.,])\d{1,4}\.?[ºª°](?!\s?[CF]\b)`,
    String.raw`\+\d[\d\s().-]{7,}\d|\(\d{3}\)\s?\d{3}-\d{4}|(?<!\d)\d{3}-\d{3,4}-\d{4}(?!\d)`,
    String.raw`(?<![\p{L}\p{N}])\p{L}+[-‐]\d+[\p{L}\d]*`,
    // A day after a tilde ends a span of days ("1~2일", "1～2日"), unless a month stands before it.
    String.raw`\d{1,2}월(?:\s?\d{1,2}(?:\s?[~～〜－–-]\s?\d{1,2})?일)?|(?<![~～〜－–-]\s?)\d{1,2}일(?!\s?(?:간|동안))|\d{1,2}시(?!간)(?:\s?\d{1,2}분)?|제\s?\d+|\d+\s?(?:번째|차례|호|위|등)(?![가-힣])`,
    String.raw`\d{1,2}月(?:\d{1,2}(?:\s?[~～〜－–-]\s?\d{1,2})?[日号])?|(?<![~～〜－–-]\s?)\d{1,2}[日号](?!間)|\d{1,2}[時时点](?![間间半])(?:\d{1,2}分)?|第\s?[\d一二三四五六七八九十百]+|\d+(?:番目|回目|度目)`,
  ].join("|"),
  "gu",
);

const HAS_DIGIT = /\d/;

export type Span = { start: number; end: number };

export function findMaskedSpans(text: string): Span[] {
  // Every mask holds a digit; most sentences hold none.
  if (!HAS_DIGIT.test(text)) return [];
  return [...text.matchAll(MASK_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Atoms that do not overlap a masked span; both lists are in text order, so this is linear. A
 * share read across a slash ("2/3 of wages") was read knowing the slash, so the slash mask that
 * covers it does not drop it.
 */
export function dropMasked(atoms: Atom[], masks: Span[]): Atom[] {
  let m = 0;
  return atoms.filter((atom) => {
    while (m < masks.length && masks[m]!.end <= atom.start) m += 1;
    const mask = masks[m];
    if (mask === undefined || mask.start >= atom.end) return true;
    return atom.form === "fraction" && atom.start <= mask.start && atom.end >= mask.end;
  });
}

const isBareInteger = (c: Candidate): boolean =>
  c.form === "digits" && c.isInteger && c.factor === 1 && c.unit === "count" && !c.isCounter;

const NOUN_AFTER = /[\s\u00A0]+(\p{Ll}+)/uy;

/** "2000 рабочих": where four-digit counts go ungrouped, a noun after the number makes it a count. */
function isUngroupedCount(text: string, c: Candidate, lang: CompiledLanguage): boolean {
  if (!lang.yearPrepositionRe || lang.yearPrepositionRe.test(windowBefore(text, c.start).text)) return false;
  NOUN_AFTER.lastIndex = c.end;
  const next = NOUN_AFTER.exec(text)?.[1];
  if (next === undefined || lang.stopWords.has(next)) return false;
  lang.monthAfterRe.lastIndex = 0;
  return !lang.monthAfterRe.test(` ${next}`);
}

/** "in 2024", "by 2030", "a 2019 report": a bare four-digit number that reads as a year. */
function isYear(text: string, c: Candidate, lang: CompiledLanguage): boolean {
  if (c.isYear) return c.integerDigits === 4;
  if (!isBareInteger(c) || c.isGrouped || c.integerDigits !== 4) return false;
  const value = c.value ?? 0;
  if (value < 1900 || value > 2100) return false;
  const before = windowBefore(text, c.start).text;
  // "24 aprile 2025 alle", "abril de 2025", "осенью 2024": a month or season before it makes it
  // a year whatever follows.
  const isDated = lang.monthYearBeforeRe.test(before) || lang.periodYearBeforeRe?.test(before) === true;
  if (c.qualifier !== "exact" && c.qualifier !== "up_to") {
    // "dal 2024 circa 2mila": a qualifier after a year in a year's place belongs to the next number.
    return !c.hasQualifierBefore && (isDated || lang.yearPrepositionRe?.test(before) === true);
  }
  return isDated || !isUngroupedCount(text, c, lang);
}

/** "Sept. 13", "the May 9 parade", "15 March", "9 de maio", "9. Mai". */
function isDate(text: string, c: Candidate, lang: CompiledLanguage): boolean {
  if (!isBareInteger(c) || c.qualifier !== "exact" || (c.value ?? 0) < 1 || (c.value ?? 0) > 31) return false;
  if (lang.monthBeforeRe.test(windowBefore(text, c.start).text)) return true;
  lang.monthAfterRe.lastIndex = c.end;
  return lang.monthAfterRe.test(text);
}

const WORDS_BEFORE = /(\S*)\s+(\p{Lu}[\p{L}.]*)\s+$/u;
const SENTENCE_END = /(?:^|[.!?:;"“«(])$/u;
const NEXT_WORD = /\s*(\p{L}+)?/uy;

/**
 * "Camp 14", "Bureau 39", "Flight 17": a capitalised word that does not start the sentence, right
 * before a bare number that no noun follows.
 */
function isCapitalisedLabel(text: string, c: Candidate, before: string, lang: CompiledLanguage): boolean {
  if (c.hasQualifierBefore) return false;
  NEXT_WORD.lastIndex = c.end;
  const next = NEXT_WORD.exec(text)?.[1];
  if (next !== undefined && !lang.stopWords.has(next.toLowerCase())) return false;
  const words = WORDS_BEFORE.exec(before);
  // "the Education Ministry. Only 130": the capitalised word ends a sentence.
  return words !== null && !SENTENCE_END.test(words[1] ?? "") && !words[2]?.endsWith(".");
}

/** "artículo cinco", "los años noventa", "les années quatre-vingt-dix": a number word after a label. */
function isWordLabel(text: string, c: Candidate, lang: CompiledLanguage): boolean {
  const isPlainWord = c.form === "words" && c.factor === 1 && c.unit === "count" && c.qualifier === "exact";
  return isPlainWord && c.value !== null && c.value < 100 && lang.labelBeforeRe.test(windowBefore(text, c.start).text);
}

/** "Resolution 2397", "Article 5", "No. 2", "Camp 14", "38 North", an 8-digit article id. */
function isIdentifier(text: string, c: Candidate, lang: CompiledLanguage): boolean {
  if (isWordLabel(text, c, lang)) return true;
  if (!isBareInteger(c) || c.isGrouped) return false;
  if (c.integerDigits >= 7) return true;
  const before = windowBefore(text, c.start).text;
  if (c.qualifier !== "exact") return false;
  if (lang.labelBeforeRe.test(before)) return true;
  if (lang.nameAfterRe) {
    lang.nameAfterRe.lastIndex = c.end;
    if (lang.nameAfterRe.test(text)) return true;
  }
  return lang.source.hasCapitalLabels === true && isCapitalisedLabel(text, c, before, lang);
}

const COMMA_BEFORE = /[\p{L}.)]\s*,\s*$/u;

/** "the defector, 32, said", "aged 20 to 45", "32-year-old". */
function isAge(text: string, c: Candidate, lang: CompiledLanguage): boolean {
  if (c.isAge) return true;
  if (c.unit !== "count" || c.factor !== 1) return false;
  const before = windowBefore(text, c.start).text;
  // The qualifier may be the connector of an age range: "в возрасте от 20 до 45".
  if (lang.ageBeforeRe?.test(before) || lang.ageBeforeRe?.test(windowBefore(text, c.coreStart).text)) return true;
  if (c.form !== "digits" || !c.isInteger || c.qualifier !== "exact" || c.isGrouped) return false;
  const value = c.value ?? 0;
  if (value < 10 || value > 110 || !COMMA_BEFORE.test(before)) return false;
  lang.ageCommaAfterRe.lastIndex = c.end;
  return lang.ageCommaAfterRe.test(text);
}

/** "seven in the morning", "at eight at night": a time of day in words or digits. */
function isTimeOfDay(text: string, c: Candidate, lang: CompiledLanguage): boolean {
  if (!lang.timeAfterRe || c.unit !== "count" || c.value === null || c.value > 24 || c.qualifier !== "exact") return false;
  lang.timeAfterRe.lastIndex = c.end;
  return lang.timeAfterRe.test(text);
}

const ORDINAL_DOT = /\.\s+(\p{L}+)/uy;
const LOWER_START = /^\p{Ll}/u;

/**
 * German writes ordinals with a dot: "die 8. Brigade", "zum 150. Jahrestag", "8. motorisierte".
 * A bare number with a dot is an ordinal when a word in lower case follows (no sentence starts
 * so), or when a determiner stands before it and a word that cannot start a sentence (no article
 * or pronoun) follows; "kamen 12. Nordkorea schickte" ends a sentence with a figure.
 */
function isOrdinalDot(text: string, c: Candidate, lang: CompiledLanguage): boolean {
  if (!lang.ordinalDotBeforeRe || !isBareInteger(c) || c.qualifier !== "exact" || c.integerDigits > 3) return false;
  ORDINAL_DOT.lastIndex = c.end;
  const next = ORDINAL_DOT.exec(text)?.[1];
  if (next === undefined || lang.stopWords.has(next.toLowerCase())) return false;
  return LOWER_START.test(next) || lang.ordinalDotBeforeRe.test(windowBefore(text, c.start).text);
}

/** Why a candidate states no figure, or undefined when it does. */
export function findNonFigureReason(text: string, c: Candidate, lang: CompiledLanguage): string | undefined {
  if (isYear(text, c, lang)) return "year";
  // "three years", "6개월", "3年" (not a year): durations beyond days have no unit.
  if (c.isDuration || c.isYear) return "duration";
  if (isTimeOfDay(text, c, lang)) return "time";
  if (isDate(text, c, lang)) return "date";
  if (isAge(text, c, lang)) return "age";
  if (isOrdinalDot(text, c, lang)) return "ordinal";
  if (isIdentifier(text, c, lang)) return "identifier";
  return undefined;
}
