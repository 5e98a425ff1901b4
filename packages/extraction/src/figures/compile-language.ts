import type { Qualifier } from "@claimwatch/domain";
import type { LanguageSource, PhraseRule, UnitRule, WordMeaning } from "./language-source.ts";
import { currencyPrefixes, toPhraseSource } from "./languages/shared.ts";

/** How numbers are written: words, scales, phrases, fractions. */
type NumberPatterns = {
  /** Number words by spelling (a Map, so that "constructor" is no number word). */
  words: Map<string, WordMeaning>;
  /** First three letters of every number word, to split compounds only where one may start. */
  wordPrefixes: Set<string>;
  /** Any of the language's word suffixes at the end of a word ("fold", "mal", "кратный"). */
  wordSuffixRe: RegExp | undefined;
  /** Word tokens (Latin, Cyrillic), hyphenated compounds kept whole. */
  wordRe: RegExp;
  scaleRe: RegExp;
  scaleFactors: number[];
  phraseRe: RegExp;
  phrases: PhraseRule[];
  denominators: Map<string, number>;
  /** A denominator after a space or hyphen ("-thirds", " Drittel"); the numerator is read before it. */
  denominatorRe: RegExp | undefined;
  /** "2/3 of wages", "3/4 заработка": a slash share before what it is a share of. */
  slashShareRe: RegExp;
  /** The words between "one" and "five" in "one in five". */
  ratioConnectorRe: RegExp;
  /** Connectors that make a share only before a round whole: "nine of 10". */
  roundRatioConnectorRe: RegExp | undefined;
  /** A small number (digits or word) that ends where the window ends / starts where matching starts. */
  numberBeforeRe: RegExp;
  /** A small number and one word after it, ending where the window ends: "six entrées" in "six entrées sur dix". */
  numberWordBeforeRe: RegExp;
  numberAfterRe: RegExp;
};

/** What stands around a number: units, qualifiers, currency, change, ratio. */
type ContextPatterns = {
  unitRe: RegExp;
  units: UnitRule[];
  qualifierAfterRe: RegExp;
  qualifiersAfter: Qualifier[];
  qualifierBeforeRe: RegExp;
  qualifierByPhrase: Map<string, Qualifier>;
  prepositionNounRe: RegExp | undefined;
  currencyBeforeRe: RegExp;
  changeBeforeRe: RegExp;
  changeAfterRe: RegExp;
  changeReachRe: RegExp | undefined;
  revisionBeforeRe: RegExp | undefined;
  comparativeAfterRe: RegExp;
  ratioBeforeRe: RegExp | undefined;
  timesPrefixRe: RegExp | undefined;
  foldBeforeRe: RegExp | undefined;
};

/** Ranges and changes between two figures. */
type RangePatterns = {
  rangeGapRe: RegExp;
  frames: Array<{ beforeRe: RegExp; gapRe: RegExp }>;
  changeGaps: Array<{ gapRe: RegExp; afterRe: RegExp | undefined }>;
};

/** Years, dates, times, ages and labels. */
type NonFigurePatterns = {
  monthBeforeRe: RegExp;
  /** A month name, with "de"/"del" after it, before a year: "abril de 2025". */
  monthYearBeforeRe: RegExp;
  /** A season or part of a year, with "of"/"de" after it, before a year: "autumn of 2024", "осенью 2024". */
  periodYearBeforeRe: RegExp | undefined;
  monthAfterRe: RegExp;
  timeAfterRe: RegExp | undefined;
  yearPrepositionRe: RegExp | undefined;
  ordinalDotBeforeRe: RegExp | undefined;
  labelBeforeRe: RegExp;
  nameAfterRe: RegExp | undefined;
  ageBeforeRe: RegExp | undefined;
  /** ", said" or " anos, disse" after an age between commas. */
  ageCommaAfterRe: RegExp;
};

/** What a figure counts. */
type NounPatterns = {
  ofAfterRe: RegExp;
  shareOfAfterRe: RegExp | undefined;
  stopWords: Set<string>;
  leftOfWords: Set<string>;
  determiners: Set<string>;
  pronouns: Set<string>;
  modifierAdjectives: Set<string>;
  verbEndingRe: RegExp | undefined;
  pluralHeadRe: RegExp | undefined;
};

/** A language table with its regexes built once; every regex here runs in linear time. */
export type CompiledLanguage = { source: LanguageSource } & NumberPatterns &
  ContextPatterns &
  RangePatterns &
  NonFigurePatterns &
  NounPatterns;

const SP = String.raw`[\s\u00A0\u202F\u2009]`;
// Before a word of a Latin or Cyrillic language: not inside another word. CJK text has no spaces.
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const WORD_TOKEN_RE = /[\p{L}\p{M}]+(?:[-‐][\p{L}\p{M}]+)*/gu;
// Ukrainian keeps apostrophes inside words (п'ять); French and Italian elide with them (d'un).
const WORD_TOKEN_WITH_APOSTROPHE_RE = /[\p{L}\p{M}]+(?:['’ʼ\-‐][\p{L}\p{M}]+)*/gu;

/** One regex of alternatives, each in its own group, so that the match tells which rule fired. */
function groupAlternatives(sources: string[], flags: string): RegExp {
  return new RegExp(sources.map((s) => `(${s})`).join("|"), flags);
}

/** Index of the alternative that matched in a `groupAlternatives` regex. */
export function findGroupIndex(match: RegExpExecArray): number {
  for (let i = 1; i < match.length; i += 1) if (match[i] !== undefined) return i - 1;
  return -1;
}

export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, " ").trim();
}

function compileNumberAlternation(source: LanguageSource): string {
  const words = Object.entries(source.words)
    .filter(([, m]) => (m.kind === "add" && m.value <= 100) || m.kind === "one" || m.kind === "article")
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length);
  return [String.raw`\d+`, ...words.map(toPhraseSource)].join("|");
}

function compileDenominators(source: LanguageSource, flags: string): RegExp | undefined {
  const denominators = Object.keys(source.denominators).sort((a, b) => b.length - a.length);
  if (denominators.length === 0) return undefined;
  const follower = source.fractionFollower ? `(?=${source.fractionFollower})` : "";
  const alternatives = denominators.map(toPhraseSource).join("|");
  return new RegExp(`(?:${SP}+|[-‐])(?<d>${alternatives})${WORD_END}${follower}`, flags);
}

/**
 * "2/3 of wages", "3/4 des salaires", "2/3 заработка": a part of halves to fifths or tenths (not
 * "1/8 финала", nor "1/4 финала" by the language's cupRounds: rounds of a cup), followed by what a
 * written-out fraction is followed by ("of"), or, where the language has no such word (the genitive does its work), by a word in lower case.
 * "24/7", "9/11" and dates stay masked.
 */
function compileSlashShare(source: LanguageSource): RegExp {
  const follower = source.fractionFollower ?? `${SP}+\\p{Ll}`;
  const round = source.cupRounds ? `(?!${SP}*(?:${source.cupRounds}))` : "";
  return new RegExp(String.raw`(?<![\p{L}\p{N}/.,])(?<n>[1-9])/(?<d>10|[2-5])(?![\d/]|[.,]\d)(?=${follower})${round}`, "gu");
}

function compileScales(source: LanguageSource, flags: string): { re: RegExp; factors: number[] } {
  const end = source.isCjk ? "" : WORD_END;
  const alternatives = source.scales.map((s) => (s.glued ? `(?:${s.re})${end}` : `${SP}*(?:${s.re})${end}`));
  return { re: groupAlternatives(alternatives, `${flags}y`), factors: source.scales.map((s) => s.factor) };
}

function compileQualifiersBefore(
  source: LanguageSource,
): Pick<CompiledLanguage, "qualifierBeforeRe" | "qualifierByPhrase" | "prepositionNounRe"> {
  const phrases = source.qualifiersBefore.map(([p]) => p).sort((a, b) => b.length - a.length);
  const start = boundaryOf(source);
  const article = source.qualifierArticles ? String.raw`(?:${SP}+(?:${source.qualifierArticles}))?` : "";
  return {
    qualifierBeforeRe: new RegExp(`${start}(${phrases.map(toPhraseSource).join("|")})${article}${SP}*$`, "iu"),
    qualifierByPhrase: new Map(source.qualifiersBefore.map(([p, q]) => [normalizePhrase(p), q])),
    prepositionNounRe: optional(source.qualifierAsPrepositionAfter, (n) => new RegExp(`(?:${n})${SP}+$`, "iu")),
  };
}

/** Before a word: not inside another word, except in Japanese and Chinese, which have no spaces. */
function boundaryOf(source: LanguageSource): string {
  return source.writesWithoutSpaces ? "" : String.raw`(?:^|[^\p{L}\p{N}])`;
}

function endAnchored(source: LanguageSource, words: string): RegExp {
  return new RegExp(String.raw`${boundaryOf(source)}(${words})${SP}*$`, "iu");
}

const FLAGS = "iu";
const wordBoundaries = (source: LanguageSource) =>
  source.isCjk ? { start: "", end: "" } : { start: WORD_START, end: WORD_END };
const optional = (source: string | undefined, build: (s: string) => RegExp): RegExp | undefined =>
  source === undefined ? undefined : build(source);

function compileNumbers(source: LanguageSource): NumberPatterns {
  const numbers = compileNumberAlternation(source);
  const scales = compileScales(source, FLAGS);
  const { start, end } = wordBoundaries(source);
  const words = new Map(Object.entries(source.words));
  const suffixes = Object.keys(source.wordSuffixes ?? {});
  const connectors = source.ratioConnectors.map(toPhraseSource).join("|") || "(?!)";
  const roundConnectors = (source.roundRatioConnectors ?? []).map(toPhraseSource).join("|");
  return {
    words,
    wordPrefixes: new Set([...words.keys()].map((w) => w.slice(0, 3))),
    wordSuffixRe: suffixes.length > 0 ? new RegExp(`(?:${suffixes.map(toPhraseSource).join("|")})$`, "u") : undefined,
    wordRe: source.keepsApostrophes === false ? WORD_TOKEN_RE : WORD_TOKEN_WITH_APOSTROPHE_RE,
    scaleRe: scales.re,
    scaleFactors: scales.factors,
    // One boundary for all phrases: a lookbehind inside each alternative would run at every position.
    phraseRe: new RegExp(`${start}(?:${source.phrases.map((p) => `(${p.re})`).join("|")})${end}`, `g${FLAGS}`),
    phrases: source.phrases,
    denominators: new Map(Object.entries(source.denominators)),
    denominatorRe: compileDenominators(source, `g${FLAGS}`),
    slashShareRe: compileSlashShare(source),
    ratioConnectorRe: new RegExp(`${SP}+(?:${connectors})${SP}+`, `g${FLAGS}`),
    roundRatioConnectorRe: roundConnectors ? new RegExp(`${SP}+(?:${roundConnectors})${SP}+`, `g${FLAGS}`) : undefined,
    numberBeforeRe: new RegExp(`${WORD_START}(?:${numbers})$`, FLAGS),
    numberWordBeforeRe: new RegExp(`${WORD_START}(?<n>${numbers})${SP}+\\p{L}[\\p{L}\\p{M}'’-]*$`, FLAGS),
    numberAfterRe: new RegExp(`(?:${numbers})${WORD_END}`, `${FLAGS}y`),
  };
}

function compileContext(source: LanguageSource): ContextPatterns {
  const { end } = wordBoundaries(source);
  const change = `(?:(?<up>${source.changeUp})|(?<down>${source.changeDown}))`;
  // The change verb, then at most a preposition and a short word: "rose by", "stieg um das"; the
  // preposition may follow a comma-closed aside, or a comma alone: "rose twelvefold, to 15,000",
  // "выросло в 12 раз, до", "se triplicó, hasta".
  const preposition = String.raw`(?:(?:(?:${SP}+[^,.;:!?]{1,30})?,)?${SP}+(?<prepPhrase>(?<prep>\p{L}+)(?:${SP}+\p{L}{1,3})?))?`;
  return {
    unitRe: groupAlternatives(source.units.map((u) => u.re), `${FLAGS}y`),
    units: source.units,
    qualifierAfterRe: groupAlternatives(source.qualifiersAfter.map(([re]) => re).concat("(?!)"), `${FLAGS}y`),
    qualifiersAfter: source.qualifiersAfter.map(([, q]) => q),
    ...compileQualifiersBefore(source),
    currencyBeforeRe: new RegExp(`(?:${currencyPrefixes.map((c) => `(${c.re})`).join("|")})${SP}*$`, "u"),
    changeBeforeRe: new RegExp(`${boundaryOf(source)}${change}${preposition}${SP}*$`, FLAGS),
    changeAfterRe: new RegExp(String.raw`[\s\u00A0-]*${change}${end}`, `${FLAGS}y`),
    // A revising verb and at most four words of its object: "revised its estimate", "révisé son estimation".
    revisionBeforeRe: optional(source.revisionVerbs, (v) => new RegExp(`${boundaryOf(source)}(?:${v})(?:${SP}+[^\\s.,;:!?]+){0,4}${SP}*$`, FLAGS)),
    changeReachRe: optional(source.changeReach, (r) => new RegExp(`${boundaryOf(source)}${change}[^.;:!?]{0,40}?${SP}+(?:${r})${SP}*$`, FLAGS)),
    comparativeAfterRe: new RegExp(`${SP}*(?:${source.comparatives})${end}`, `${FLAGS}y`),
    ratioBeforeRe: optional(source.ratioBefore, (s) => endAnchored(source, s)),
    timesPrefixRe: optional(source.timesPrefix, (s) => endAnchored(source, s)),
    foldBeforeRe: optional(source.foldBefore, (s) => endAnchored(source, s)),
  };
}

function compileRanges(source: LanguageSource): RangePatterns {
  return {
    rangeGapRe: new RegExp(`^(?:${source.rangeGaps.join("|")})$`, FLAGS),
    frames: source.rangeFrames.map((f) => ({
      beforeRe: endAnchored(source, f.before),
      gapRe: new RegExp(`^(?:${f.gap})$`, FLAGS),
    })),
    changeGaps: (source.changeGaps ?? []).map((g) => ({
      gapRe: new RegExp(`^${SP}*(?:${g.gap})${SP}*$`, FLAGS),
      afterRe: optional(g.after, (a) => new RegExp(`${SP}*(?:${a})`, `${FLAGS}y`)),
    })),
  };
}

function compileNonFigures(source: LanguageSource): NonFigurePatterns {
  const { start, end } = wordBoundaries(source);
  // "aged 32", and the upper end of "aged 20 to 45", "в возрасте от 20 до 45".
  const ageRange = String.raw`(?:${SP}+\p{L}+)?(?:${SP}+\d+(?:${SP}*(?:[-–]|\p{L}{1,3}))?)?`;
  return {
    // Month names are matched with their case: "May 9" is a date, "may" a verb.
    monthBeforeRe: new RegExp(`${start}(?:${source.months})${SP}*$`, "u"),
    monthYearBeforeRe: new RegExp(`${start}(?:${source.months})(?:,|${SP}+(?:de|del|of))?${SP}*$`, "u"),
    periodYearBeforeRe: optional(source.periodsBeforeYear, (p) =>
      endAnchored(source, `(?:${p})(?:,|${SP}+(?:de|del|do|da|des|of|di))?`),
    ),
    monthAfterRe: new RegExp(String.raw`\.?${SP}*(?:de${SP}+)?(?:${source.months})${end}`, "uy"),
    timeAfterRe: optional(source.timeAfter, (t) => new RegExp(`(?:${t})${end}`, `${FLAGS}y`)),
    yearPrepositionRe: optional(source.yearPrepositions, (y) => endAnchored(source, y)),
    ordinalDotBeforeRe: optional(source.ordinalDotBefore, (o) => endAnchored(source, o)),
    labelBeforeRe: endAnchored(source, source.labels),
    // Case matters: a name is capitalised and what follows it is not ("38 North said").
    nameAfterRe: optional(source.nameAfter, (n) => new RegExp(n, "uy")),
    ageBeforeRe: optional(source.ageBefore, (a) => endAnchored(source, `(?:${a})${ageRange}`)),
    ageCommaAfterRe: new RegExp(String.raw`(?:${SP}+(?:${source.ageAfter ?? "(?!)"}))?${SP}*,${SP}*\p{Ll}`, "uy"),
  };
}

function compileNouns(source: LanguageSource): NounPatterns {
  const ofWords = source.ofWords.map(toPhraseSource).join("|") || "(?!)";
  return {
    // "of the workers", and an elided "d'ouvriers" with no space after the apostrophe.
    ofAfterRe: new RegExp(`${SP}+(?:${ofWords})(?:${SP}+|(?<=['’ʼ]))`, `${FLAGS}y`),
    shareOfAfterRe: source.shareOfWords ? new RegExp(`${SP}+(?:${source.shareOfWords.map(toPhraseSource).join("|")})${SP}+`, `${FLAGS}y`) : undefined,
    stopWords: new Set(source.stopWords),
    leftOfWords: new Set(source.leftOfWords ?? []),
    determiners: new Set(source.determiners ?? []),
    pronouns: new Set(source.pronouns ?? []),
    modifierAdjectives: new Set(source.modifierAdjectives ?? []),
    verbEndingRe: optional(source.verbEnding, (v) => new RegExp(`(?:${v})$`, "u")),
    pluralHeadRe: optional(source.pluralHead, (p) => new RegExp(`(?:${p})$`, "u")),
  };
}

function compile(source: LanguageSource): CompiledLanguage {
  return {
    source,
    ...compileNumbers(source),
    ...compileContext(source),
    ...compileRanges(source),
    ...compileNonFigures(source),
    ...compileNouns(source),
  };
}

const cache = new Map<string, CompiledLanguage>();

/** The compiled table of a language, built on first use. */
export function getCompiledLanguage(source: LanguageSource): CompiledLanguage {
  let compiled = cache.get(source.code);
  if (compiled === undefined) {
    compiled = compile(source);
    cache.set(source.code, compiled);
  }
  return compiled;
}
