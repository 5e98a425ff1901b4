import type { Qualifier } from "@claimwatch/domain";
import type { LanguageSource, PhraseRule, UnitRule, WordMeaning } from "./language-source.ts";
import { currencyPrefixes, toPhraseSource } from "./languages/shared.ts";

/** A language table with its regexes built once; every regex here runs in linear time. */
export type CompiledLanguage = {
  source: LanguageSource;
  /** Number words by spelling (a Map, so that "constructor" is no number word). */
  words: Map<string, WordMeaning>;
  /** First three letters of every number word, to split compounds only where one may start. */
  wordPrefixes: Set<string>;
  /** Any of the language's word suffixes at the end of a word ("fold", "mal", "кратный"). */
  wordSuffixRe: RegExp | undefined;
  denominators: Map<string, number>;
  /** Word tokens (Latin, Cyrillic), hyphenated compounds kept whole. */
  wordRe: RegExp;
  scaleRe: RegExp;
  scaleFactors: number[];
  phraseRe: RegExp;
  phrases: PhraseRule[];
  /** A denominator after a space or hyphen ("-thirds", " Drittel"); the numerator is read before it. */
  denominatorRe: RegExp | undefined;
  /** The words between "one" and "five" in "one in five". */
  ratioConnectorRe: RegExp;
  /** A small number (digits or word) ending where the window ends, and one starting where matching starts. */
  numberBeforeRe: RegExp;
  numberAfterRe: RegExp;
  unitRe: RegExp;
  units: UnitRule[];
  qualifierAfterRe: RegExp;
  qualifiersAfter: Qualifier[];
  qualifierBeforeRe: RegExp;
  qualifierByPhrase: Map<string, Qualifier>;
  currencyBeforeRe: RegExp;
  rangeGapRe: RegExp;
  frames: Array<{ beforeRe: RegExp; gapRe: RegExp }>;
  changeGaps: Array<{ gapRe: RegExp; afterRe: RegExp | undefined }>;
  changeBeforeRe: RegExp;
  changeAfterRe: RegExp;
  comparativeAfterRe: RegExp;
  monthBeforeRe: RegExp;
  timeAfterRe: RegExp | undefined;
  yearPrepositionRe: RegExp | undefined;
  monthAfterRe: RegExp;
  labelBeforeRe: RegExp;
  ageBeforeRe: RegExp | undefined;
  /** ", said" or " anos, disse" after an age between commas. */
  ageCommaAfterRe: RegExp;
  ratioBeforeRe: RegExp | undefined;
  timesPrefixRe: RegExp | undefined;
  foldBeforeRe: RegExp | undefined;
  ofAfterRe: RegExp;
  stopWords: Set<string>;
  leftOfWords: Set<string>;
  determiners: Set<string>;
  pronouns: Set<string>;
  modifierAdjectives: Set<string>;
  verbEndingRe: RegExp | undefined;
  pluralHeadRe: RegExp | undefined;
};

const SP = String.raw`[\s\u00A0\u202F\u2009]`;
// Before a word of a Latin or Cyrillic language: not inside another word. CJK text has no spaces.
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

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

function compileScales(source: LanguageSource, flags: string): { re: RegExp; factors: number[] } {
  const end = source.isCjk ? "" : WORD_END;
  const alternatives = source.scales.map((s) => (s.glued ? `(?:${s.re})${end}` : `${SP}*(?:${s.re})${end}`));
  return { re: groupAlternatives(alternatives, `${flags}y`), factors: source.scales.map((s) => s.factor) };
}

function compileQualifiersBefore(source: LanguageSource): Pick<CompiledLanguage, "qualifierBeforeRe" | "qualifierByPhrase"> {
  const phrases = source.qualifiersBefore.map(([p]) => p).sort((a, b) => b.length - a.length);
  const start = boundaryOf(source);
  const article = source.qualifierArticles ? String.raw`(?:${SP}+(?:${source.qualifierArticles}))?` : "";
  return {
    qualifierBeforeRe: new RegExp(`${start}(${phrases.map(toPhraseSource).join("|")})${article}${SP}*$`, "iu"),
    qualifierByPhrase: new Map(source.qualifiersBefore.map(([p, q]) => [normalizePhrase(p), q])),
  };
}

/** Before a word: not inside another word, except in Japanese and Chinese, which have no spaces. */
function boundaryOf(source: LanguageSource): string {
  return source.writesWithoutSpaces ? "" : String.raw`(?:^|[^\p{L}\p{N}])`;
}

function endAnchored(source: LanguageSource, words: string): RegExp {
  return new RegExp(String.raw`${boundaryOf(source)}(${words})${SP}*$`, "iu");
}

function compile(source: LanguageSource): CompiledLanguage {
  const flags = "iu";
  const numbers = compileNumberAlternation(source);
  const scales = compileScales(source, flags);
  const phraseStart = source.isCjk ? "" : WORD_START;
  const phraseEnd = source.isCjk ? "" : WORD_END;
  const words = new Map(Object.entries(source.words));
  return {
    source,
    words,
    wordPrefixes: new Set([...words.keys()].map((w) => w.slice(0, 3))),
    wordSuffixRe: source.wordSuffixes
      ? new RegExp(`(?:${Object.keys(source.wordSuffixes).map(toPhraseSource).join("|")})$`, "u")
      : undefined,
    denominators: new Map(Object.entries(source.denominators)),
    wordRe: source.keepsApostrophes === false ? /[\p{L}\p{M}]+(?:[-‐][\p{L}\p{M}]+)*/gu : /[\p{L}\p{M}]+(?:['’ʼ\-‐][\p{L}\p{M}]+)*/gu,
    scaleRe: scales.re,
    scaleFactors: scales.factors,
    // One boundary for all phrases: a lookbehind inside each alternative would run at every position.
    phraseRe: new RegExp(
      `${phraseStart}(?:${source.phrases.map((p) => `(${p.re})`).join("|")})${phraseEnd}`,
      `g${flags}`,
    ),
    phrases: source.phrases,
    denominatorRe: compileDenominators(source, `g${flags}`),
    ratioConnectorRe: new RegExp(
      `${SP}+(?:${source.ratioConnectors.map(toPhraseSource).join("|") || "(?!)"})${SP}+`,
      `g${flags}`,
    ),
    numberBeforeRe: new RegExp(`${WORD_START}(?:${numbers})$`, flags),
    numberAfterRe: new RegExp(`(?:${numbers})${WORD_END}`, `${flags}y`),
    unitRe: groupAlternatives(source.units.map((u) => u.re), `${flags}y`),
    units: source.units,
    qualifierAfterRe: groupAlternatives(source.qualifiersAfter.map(([re]) => re).concat("(?!)"), `${flags}y`),
    qualifiersAfter: source.qualifiersAfter.map(([, q]) => q),
    ...compileQualifiersBefore(source),
    currencyBeforeRe: new RegExp(`(?:${currencyPrefixes.map((c) => `(${c.re})`).join("|")})${SP}*$`, "u"),
    rangeGapRe: new RegExp(`^(?:${source.rangeGaps.join("|")})$`, flags),
    frames: source.rangeFrames.map((f) => ({
      beforeRe: endAnchored(source, f.before),
      gapRe: new RegExp(`^(?:${f.gap})$`, flags),
    })),
    changeGaps: (source.changeGaps ?? []).map((g) => ({
      gapRe: new RegExp(`^${SP}*(?:${g.gap})${SP}*$`, flags),
      afterRe: g.after === undefined ? undefined : new RegExp(`${SP}*(?:${g.after})`, `${flags}y`),
    })),
    changeBeforeRe: new RegExp(
      String.raw`${boundaryOf(source)}(?:(?<up>${source.changeUp})|(?<down>${source.changeDown}))(?:${SP}+(?<prep>\p{L}+)(?:${SP}+\p{L}{1,3})?)?${SP}*$`,
      flags,
    ),
    changeAfterRe: new RegExp(
      String.raw`[\s\u00A0-]*(?:(?<up>${source.changeUp})|(?<down>${source.changeDown}))${phraseEnd}`,
      `${flags}y`,
    ),
    comparativeAfterRe: new RegExp(`${SP}*(?:${source.comparatives})${phraseEnd}`, `${flags}y`),
    yearPrepositionRe: source.yearPrepositions ? endAnchored(source, source.yearPrepositions) : undefined,
    timeAfterRe: source.timeAfter ? new RegExp(`(?:${source.timeAfter})${phraseEnd}`, `${flags}y`) : undefined,
    monthBeforeRe: new RegExp(`${phraseStart}(?:${source.months})${SP}*$`, "u"),
    monthAfterRe: new RegExp(String.raw`\.?${SP}*(?:de${SP}+)?(?:${source.months})${phraseEnd}`, "uy"),
    labelBeforeRe: endAnchored(source, source.labels),
    // "aged 32", and the upper end of "aged 20 to 45", "в возрасте от 20 до 45".
    ageBeforeRe: source.ageBefore
      ? endAnchored(
          source,
          String.raw`(?:${source.ageBefore})(?:${SP}+\p{L}+)?(?:${SP}+\d+(?:${SP}*(?:[-–]|\p{L}{1,3}))?)?`)
      : undefined,
    ageCommaAfterRe: new RegExp(
      String.raw`(?:${SP}+(?:${source.ageAfter ?? "(?!)"}))?${SP}*,${SP}*\p{Ll}`,
      "uy",
    ),
    ratioBeforeRe: source.ratioBefore ? endAnchored(source, source.ratioBefore) : undefined,
    timesPrefixRe: source.timesPrefix ? endAnchored(source, source.timesPrefix) : undefined,
    foldBeforeRe: source.foldBefore ? endAnchored(source, source.foldBefore) : undefined,
    ofAfterRe: new RegExp(
      `${SP}+(?:${source.ofWords.map(toPhraseSource).join("|") || "(?!)"})(?:${SP}+|(?<=['’ʼ]))`,
      `${flags}y`,
    ),
    stopWords: new Set(source.stopWords),
    leftOfWords: new Set(source.leftOfWords ?? []),
    determiners: new Set(source.determiners ?? []),
    pronouns: new Set(source.pronouns ?? []),
    modifierAdjectives: new Set(source.modifierAdjectives ?? []),
    verbEndingRe: source.verbEnding ? new RegExp(`(?:${source.verbEnding})$`, "u") : undefined,
    pluralHeadRe: source.pluralHead ? new RegExp(`(?:${source.pluralHead})$`, "u") : undefined,
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
