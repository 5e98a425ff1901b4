import type { TermHit } from "../mentions/compile-terms.ts";
import type { Sentence } from "../mentions/find-mentions.ts";
import { isNoun } from "./claim-terms.ts";
import { isIntentClause } from "./detect-intent.ts";
import { findYearMentions, type YearMention } from "./detect-period.ts";
import { NOUN_BEFORE_NUMBER, SUBSET_WORDS } from "./language-tables.ts";
import { findClauseAround, findClauseBreaks, type Span } from "./split-clauses.ts";
import { findAll, getWordPattern } from "./word-pattern.ts";

/** What the words of a sentence say about it, computed once per sentence. Offsets are into the sentence. */
export type SentenceReading = {
  sentence: Sentence;
  hits: TermHit[];
  breaks: Span[];
  years: YearMention[];
  /** Spans of the figures of the sentence. */
  figures: Span[];
};

/** What the words around one figure say about it. Offsets are into its sentence. */
export type FigureContext = {
  reading: SentenceReading;
  figure: Span;
  clause: Span;
  /** The clause plans, hopes, requests or forecasts. */
  isIntent: boolean;
  /** Years the figure is about (empty when the text does not say). */
  years: number[];
  /** The noun the figure counts: right beside it (strong) or the sentence's last noun before it. */
  noun: { hit: TermHit; isStrong: boolean } | null;
  /** A part of a whole just named ("including 16 children"). */
  isSubset: boolean;
  /** The clause is about somewhere else (China, the Gulf) and not the topic's place. */
  isElsewhere: boolean;
};

// How far a counted noun may stand from its number, in characters ("15,000 North Korean workers").
const NOUN_AFTER_MAX = 40;
const NOUN_BEFORE_MAX = 16;

export function readSentence(sentence: Sentence, figures: Span[], opts: { language: string; publishedYear: number | null; hits: TermHit[] }): SentenceReading {
  const years = findYearMentions(sentence.text, opts.language, opts.publishedYear).filter(
    (y) => !figures.some((f) => f.start < y.end && y.start < f.end),
  );
  return { sentence, hits: opts.hits, breaks: findClauseBreaks(sentence.text, opts.language), years, figures };
}

export function readFigureContext(reading: SentenceReading, figure: Span, language: string): FigureContext {
  const { sentence } = reading;
  const clause = findClauseAround(reading.breaks, sentence.text.length, figure, reading.figures);
  const clauseText = sentence.text.slice(clause.start, clause.end);
  return {
    reading,
    figure,
    clause,
    isIntent: isIntentClause(clauseText, language),
    years: findFigureYears(reading, figure, clause),
    noun: findCountedNoun(reading, figure, clause, language),
    isSubset: isSubsetClause(sentence.text.slice(clause.start, figure.start), language),
    isElsewhere: isElsewhereClause(sentence, clause),
  };
}

// Years in the figure's clause belong to the nearest figure of that clause; with none there, the
// years of clauses that hold no other figure ("In 2019, when the ban took effect, 30,000 ...").
function findFigureYears(reading: SentenceReading, figure: Span, clause: Span): number[] {
  const inClause = reading.years.filter((y) => y.start >= clause.start && y.end <= clause.end);
  const others = reading.figures.filter((f) => f.start !== figure.start);
  const own = inClause.filter((y) => others.every((o) => o.start < clause.start || o.start >= clause.end || distance(y, figure) <= distance(y, o)));
  if (own.length > 0) return own.flatMap((y) => y.years);
  if (inClause.length > 0) return [];
  const free = reading.years.filter((y) => {
    const around = findClauseAround(reading.breaks, reading.sentence.text.length, y, reading.figures);
    return !others.some((o) => o.start >= around.start && o.end <= around.end);
  });
  return free.flatMap((y) => y.years);
}

function findCountedNoun(reading: SentenceReading, figure: Span, clause: Span, language: string): FigureContext["noun"] {
  const nouns = reading.hits.filter(isNoun);
  const text = reading.sentence.text;
  const before = NOUN_BEFORE_NUMBER.has(language);
  if (before) {
    const near = nouns.filter((h) => h.end <= figure.start && figure.start - h.end <= NOUN_BEFORE_MAX && h.start >= clause.start).at(-1);
    if (near) return { hit: near, isStrong: true };
  }
  const after = nouns.find((h) => h.start >= figure.end && h.start < clause.end && h.start - figure.end <= (before ? 6 : NOUN_AFTER_MAX));
  if (after && !/[.!?;:]/u.test(text.slice(figure.end, after.start))) return { hit: after, isStrong: true };
  const left = nouns.filter((h) => h.end <= figure.start && h.start >= clause.start).at(-1);
  if (left) return { hit: left, isStrong: true };
  const inherited = nouns.filter((h) => h.end <= figure.start).at(-1);
  return inherited ? { hit: inherited, isStrong: false } : null;
}

function isSubsetClause(beforeFigure: string, language: string): boolean {
  const pattern = getWordPattern("subset", SUBSET_WORDS_FOR(language), language);
  return findAll(pattern, beforeFigure).length > 0;
}

function SUBSET_WORDS_FOR(language: string): readonly string[] | undefined {
  return SUBSET_WORDS[language] ?? SUBSET_WORDS.en;
}

function isElsewhereClause(sentence: Sentence, clause: Span): boolean {
  const inside = (h: TermHit) => h.start >= clause.start && h.end <= clause.end;
  return sentence.elsewhereHits.some(inside) && !sentence.placeHits.some(inside);
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}
