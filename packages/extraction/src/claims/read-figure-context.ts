import type { Unit } from "@claimwatch/domain";
import type { TermHit } from "../mentions/compile-terms.ts";
import type { Sentence } from "../mentions/find-mentions.ts";
import { isCue, isNoun, isPeopleNoun } from "./claim-terms.ts";
import { isIntentClause } from "./detect-intent.ts";
import { findYearMentions, type YearMention } from "./detect-period.ts";
import { CHANGE_END_WORDS, CLAUSE_WORDS, COMPARISON_WORDS, COMPLEMENTIZERS, DETERMINER_WORDS, NATIONWIDE_WORDS, NUMBER_OF_WORDS, PARTITIVE_AFTER, PRESENT_WORDS, RECEIVE_WORDS, RELATIVE_WORDS, SUBSET_WORDS, TOTAL_WORDS, wordsFor } from "./language-tables.ts";
import { type CountedNoun, findCountedNoun } from "./find-counted-noun.ts";
import { pairRespectively } from "./pair-respectively.ts";
import { findClauseAround, findClauseBreaks, type Span } from "./split-clauses.ts";
import { dropLeadingWord, findAll, getWordPattern, hasWord, startsWithWord } from "./word-pattern.ts";

/** What the words of a sentence say about it, computed once per sentence. Offsets are into the sentence. */
export type SentenceReading = {
  sentence: Sentence;
  hits: TermHit[];
  breaks: Span[];
  years: YearMention[];
  /** Spans of the figures of the sentence. */
  figures: Span[];
  /** Some clause of the sentence plans, hopes or forecasts. */
  hasIntent: boolean;
  /** The years of figures that a "respectively" pairs with a list of times, by figure start. */
  respective: Map<number, YearMention[]>;
};

/** What the words around one figure say about it. Offsets are into its sentence. */
export type FigureContext = {
  reading: SentenceReading;
  figure: Span;
  /** The clause around the figure, with the clause it leans on when it has no subject of its own. */
  clause: Span;
  /** The figure's own clause, between the nearest breaks. */
  ownClause: Span;
  /** The clause plans, hopes, requests or forecasts. */
  isIntent: boolean;
  /** Years the figure is about (empty when the text does not say). */
  years: number[];
  /** The years run from a start to the report ("since 2022", "since last autumn"): a total over them. */
  isSpan: boolean;
  /** The noun the figure counts: right beside it (strong) or the sentence's last noun before it. */
  noun: CountedNoun | null;
  /** What a hyphenated figure describes ("shifts" in "12-hour shifts"), as the parser read it. */
  modifies: Span | undefined;
  /** A part of a whole just named ("including 16 children"). */
  isSubset: boolean;
  /** Where the word that makes it a part begins ("among" in "among the dead were two children"). */
  subsetAt: number;
  /** The clause names a cue word of some claim: it says itself what the figure is. */
  hasOwnCue: boolean;
  /** The clause is about somewhere else (China, the Gulf) and not the topic's place. */
  isElsewhere: boolean;
  /** The clause says the figure covers the whole country ("nationwide"), whatever part it names. */
  isNationwide: boolean;
  /** The sentence's opening phrase, when the figure's clause comes right after it and it holds no figure. */
  fronted: Span | null;
  /** The figure's own clause says something was received or handed out ("got visas", "were issued"). */
  isReceipt: boolean;
  /** Where "the number of" names what the figure counts, before it in its clause; -1 when nothing does. */
  namedAt: number;
  /** The figure ends a change told in the clause before ("has widened, to 1.7 million"). */
  isChangeEnd: boolean;
  /** The clause names the figure only as a total ("puts the total at 25,000"), counting no noun. */
  isBareTotal: boolean;
};

/** What the figure parser read around a number, in sentence offsets. */
export type ParserHints = {
  noun?: Span | undefined;
  modifies?: Span | undefined;
  unit?: Unit;
  /** The figure is the start, end or amount of a stated change. */
  changeRole?: "from" | "to" | "by" | undefined;
};


export function readSentence(sentence: Sentence, figures: Span[], opts: { language: string; publishedYear: number | null; hits: TermHit[] }): SentenceReading {
  // A year the parser read as a figure is not a year; "six years ago" stays one even when "six" is.
  const years = findYearMentions(sentence.text, opts.language, opts.publishedYear).filter(
    (y) => y.isRelative === true || !figures.some((f) => f.start < y.end && y.start < f.end),
  );
  return {
    sentence,
    hits: opts.hits,
    breaks: findClauseBreaks(sentence.text, opts.language),
    years,
    figures,
    hasIntent: isIntentClause(sentence.text, opts.language),
    respective: pairRespectively(sentence.text, figures, { language: opts.language, years, publishedYear: opts.publishedYear }),
  };
}

export function readFigureContext(reading: SentenceReading, figure: Span, language: string, hints: ParserHints = {}): FigureContext {
  const { sentence } = reading;
  const own = findClauseAround(reading.breaks, sentence.text.length, figure, reading.figures);
  const dependent = extendDependentClause(reading, own, figure, { language, hints });
  const { isRelative, isChangeEnd } = dependent;
  const clause = joinRespectiveList(reading, figure, dependent.span, { language, hints });
  // Intent is read in the figure's own clause: "could help rebuild ..., and said that a tiler
  // does the work of two" borrows its subject, not its "could".
  const ownText = sentence.text.slice(reportedStart(sentence.text, own, figure, language), own.end);
  // A part after the number ("60 of the companies") counts no noun of its own: the noun is the whole.
  const subset = findSubset(sentence.text, own, figure, { language, unit: hints.unit });
  const noun = subset.subsetAt === figure.end ? null : findCountedNoun(reading, figure, { own, clause, language, parsed: hints.noun, isRelative, isChangeEnd });
  return {
    reading,
    figure,
    clause,
    ownClause: own,
    isIntent: isIntentClause(ownText, language) || continuesIntent(reading, own, figure, language),
    ...readYears(reading.respective.get(figure.start) ?? findFigureYears(reading, figure, { own, clause }, language)),
    noun,
    modifies: hints.modifies,
    ...subset,
    hasOwnCue: reading.hits.some((h) => h.start >= clause.start && h.end <= clause.end && !(h.start < figure.end && figure.start < h.end) && isCue(h)),
    isElsewhere: isElsewhereClause(sentence, clause),
    fronted: findFronted(reading, own),
    isNationwide: hasWord("nationwide", NATIONWIDE_WORDS, sentence.text.slice(own.start, own.end), language),
    namedAt: findNamedCount(sentence.text, own, figure, language),
    isChangeEnd,
    isBareTotal: noun === null && hasWord("total", TOTAL_WORDS, sentence.text.slice(own.start, figure.start), language),
    isReceipt: findAll(getWordPattern("receive", wordsFor(RECEIVE_WORDS, language), language, true), sentence.text.slice(own.start, own.end)).length > 0,
  };
}

// "дефицит оценивается в 1,5 млн и 2,4 млн соответственно": the figures a "respectively" pairs
// share the predicate of the first of them.
function joinRespectiveList(reading: SentenceReading, figure: Span, clause: Span, opts: { language: string; hints: ParserHints }): Span {
  const first = reading.figures.find((f) => reading.respective.has(f.start));
  if (!first || first.start >= figure.start || !reading.respective.has(figure.start)) return clause;
  const firstOwn = findClauseAround(reading.breaks, reading.sentence.text.length, first, reading.figures);
  const firstClause = extendDependentClause(reading, firstOwn, first, { language: opts.language, hints: {} }).span;
  return { start: Math.min(clause.start, firstClause.start), end: clause.end };
}

// "A review of hospital records put the number of injured at 87": what comes before "the number
// of" is who counted, not what was counted.
function findNamedCount(text: string, own: Span, figure: Span, language: string): number {
  const last = findAll(getWordPattern("number-of", wordsFor(NUMBER_OF_WORDS, language), language), text.slice(own.start, figure.start)).at(-1);
  return last ? own.start + last.start : -1;
}

const FRONTED_MAX = 30;

function findFronted(reading: SentenceReading, own: Span): Span | null {
  if (own.start === 0) return null;
  const first = findClauseAround(reading.breaks, reading.sentence.text.length, { start: 0, end: 0 }, reading.figures);
  // A short phrase ("In the Amur region alone,"), not a clause with a verb of its own.
  if (first.end === 0 || first.end > FRONTED_MAX || reading.sentence.text.slice(first.end, own.start).trim().length > 2) return null;
  return reading.figures.some((f) => f.start < own.start) ? null : { start: 0, end: first.end };
}

// How far a comparison word may stand before the figure it opens ("up from the roughly 15,000").
const COMPARISON_LEAD = 24;

/** True when the figure's own clause opens, right before it, with a comparison ("up from", "versus", "frente a"). */
export function isComparisonLed(reading: SentenceReading, figure: Span, language: string): boolean {
  const text = reading.sentence.text;
  const own = findClauseAround(reading.breaks, text.length, figure, reading.figures);
  if (figure.start - own.start > COMPARISON_LEAD) return false;
  const lead = text.slice(own.start, figure.start);
  const first = findAll(getWordPattern("comparison", wordsFor(COMPARISON_WORDS, language), language), lead)[0];
  return first !== undefined && lead.slice(0, first.start).trim() === "";
}

// How long the words before a change's end may be for its clause to be that end alone ("to",
// "pour atteindre", "para alcanzar").
const CHANGE_END_LEAD = 20;

type DependentClause = { span: Span; isRelative: boolean; isChangeEnd: boolean };

// A clause that has no subject of its own leans on the clause before it: a relative clause
// ("Russia's shortfall, which the ministry puts at 1.5 million"), a predicate joined by "and"
// ("its first deployment was larger than reported and numbered about 15,000") and the end of a
// change set off by a comma ("the number of workers rose twelvefold, to 15,000").
function extendDependentClause(reading: SentenceReading, clause: Span, figure: Span, opts: { language: string; hints: ParserHints }): DependentClause {
  const { language, hints } = opts;
  const text = reading.sentence.text;
  const listed = findColonListStart(reading, clause, figure);
  if (listed !== null) return { span: { start: listed, end: clause.end }, isRelative: false, isChangeEnd: false };
  if (isChangeEndClause(reading, clause, figure, { language, hints })) {
    return { span: { start: findChangeStart(reading, clause, language), end: clause.end }, isRelative: false, isChangeEnd: true };
  }
  const head = text.slice(clause.start, clause.start + 12);
  const isRelative = startsWithWord("relative", RELATIVE_WORDS, head, language);
  const isPredicate =
    !isRelative &&
    startsWithWord("clause", CLAUSE_WORDS, head, language) &&
    // "..., and that only 130 were enrolled": a second reported statement has its own subject.
    !startsWithWord("complementizer", COMPLEMENTIZERS, dropLeadingWord(text.slice(clause.start, figure.start)), language) &&
    hasOtherWord(dropLeadingWord(text.slice(clause.start, figure.start)), language) &&
    !reading.hits.some((h) => isNoun(h) && h.start >= clause.start && h.end <= figure.start);
  if (!isRelative && !isPredicate) return { span: clause, isRelative: false, isChangeEnd: false };
  const before = reading.breaks.filter((b) => b.end <= clause.start - 1).at(-1);
  return { span: { start: before ? before.end : 0, end: clause.end }, isRelative, isChangeEnd: false };
}

// How much besides its figure a list item may say ("some", "others more than").
const LIST_ITEM_MAX = 20;

// "they hand over most of their wages: some 80 per cent, others more than 90 per cent": short
// items listed after a colon are about what the clause before the colon names. Returns where that
// clause starts, or null when the figure's clause is not such an item.
function findColonListStart(reading: SentenceReading, clause: Span, figure: Span): number | null {
  const text = reading.sentence.text;
  let item = clause;
  let at = figure;
  for (;;) {
    if (item.start === 0 || !isListItem(reading, item, at)) return null;
    const before = text.slice(0, item.start).trimEnd();
    const previous = findClauseAround(reading.breaks, text.length, { start: before.length - 1, end: before.length - 1 }, reading.figures);
    if (before.endsWith(":")) return previous.start;
    if (!before.endsWith(",")) return null;
    const inPrevious = reading.figures.find((f) => f.start >= previous.start && f.end <= previous.end);
    if (!inPrevious) return null;
    item = previous;
    at = inPrevious;
  }
}

function isListItem(reading: SentenceReading, item: Span, figure: Span): boolean {
  const text = reading.sentence.text;
  const rest = `${text.slice(item.start, figure.start)} ${text.slice(figure.end, item.end)}`.replace(/[.!?;]+\s*$/u, "").trim();
  if (rest.length > LIST_ITEM_MAX) return false;
  return !reading.hits.some((h) => isNoun(h) && !isPeopleNoun(h) && h.start >= item.start && h.end <= item.end && (h.end <= figure.start || h.start >= figure.end));
}

// "..., to 15,000" or "..., to 15,000 people": the end of a change whose clause names nothing but the
// figure, or only people, counts what the change's subject counts.
function isChangeEndClause(reading: SentenceReading, clause: Span, figure: Span, opts: { language: string; hints: ParserHints }): boolean {
  const { hints } = opts;
  if (clause.start === 0 || figure.start - clause.start > CHANGE_END_LEAD) return false;
  // "has widened, to 1.7 million": a clause of nothing but "to" and the figure ends a change, whatever verb the parser read.
  const lead = reading.sentence.text.slice(clause.start, figure.start);
  const isBareEnd = startsWithWord("change-end", CHANGE_END_WORDS, lead, opts.language) && dropLeadingWord(lead) === "";
  if (hints.changeRole !== "to" && !isBareEnd) return false;
  const nouns = reading.hits.filter((h) => isNoun(h) && h.start >= clause.start && h.end <= clause.end);
  const { noun } = hints;
  if (noun && !nouns.some((h) => h.start < noun.end && noun.start < h.end)) return false;
  return nouns.every(isPeopleNoun);
}

// The clause a change's end leans on: the one before it, and, when that one is only a verb after a
// relative clause ("Russia's shortfall, which the ministry tracks, has widened, to 1.7 million"),
// the subject before the relative clause.
function findChangeStart(reading: SentenceReading, clause: Span, language: string): number {
  const text = reading.sentence.text;
  const before = reading.breaks.filter((b) => b.end <= clause.start - 1);
  const verb = before.at(-1);
  const relative = before.at(-2);
  if (!verb) return 0;
  const relativeStart = relative ? relative.end : 0;
  const isAfterRelative =
    relative !== undefined &&
    startsWithWord("relative", RELATIVE_WORDS, text.slice(relativeStart, verb.start), language) &&
    !reading.hits.some((h) => isNoun(h) && h.start >= verb.end && h.end <= clause.start);
  if (!isAfterRelative) return verb.end;
  return before.at(-3)?.end ?? 0;
}

// True when the words hold more than determiners and qualifiers: a verb ("and numbered about").
function hasOtherWord(words: string, language: string): boolean {
  const skip = new Set((wordsFor(DETERMINER_WORDS, language) ?? []).map((w) => w.toLowerCase()));
  return (words.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => w.length >= 3 && !skip.has(w));
}

// "...would send 1,000 deminers and 5,000 builders": a figure that opens a clause joined by "and"
// shares the verb, and so the intent, of the clause before.
function continuesIntent(reading: SentenceReading, clause: Span, figure: Span, language: string): boolean {
  const lead = reading.sentence.text.slice(clause.start, figure.start).trim();
  if (lead.length > 12 || !startsWithWord("clause", CLAUSE_WORDS, lead, language) || clause.start === 0) return false;
  const previous = findClauseAround(reading.breaks, reading.sentence.text.length, { start: clause.start - 2, end: clause.start - 1 }, reading.figures);
  return isIntentClause(reading.sentence.text.slice(previous.start, clause.start), language);
}

// Years in the figure's own clause belong to the nearest figure of that clause. With none there,
// the figure takes the years of clauses that hold no other figure, those of the clause it leans
// on first ("In 2019, when the ban took effect, 30,000 ..."); a year in another figure's clause
// is that figure's ("12,000 last year and 3,000 more").
function findFigureYears(reading: SentenceReading, figure: Span, { own, clause }: { own: Span; clause: Span }, language: string): YearMention[] {
  // "six" in "six years ago" is part of a year, not a figure a year could belong to.
  const others = reading.figures.filter((f) => f.start !== figure.start && !reading.years.some((y) => y.start <= f.start && f.end <= y.end));
  const inOwn = reading.years.filter((y) => y.start >= own.start && y.end <= own.end);
  if (inOwn.length > 0) {
    const mine = inOwn.filter((y) => others.every((o) => o.start < own.start || o.start >= own.end || distance(y, figure) <= distance(y, o)));
    return mine;
  }
  // "The economy is now short of 1.7 million workers, and the gap will grow through the end of the
  // decade": a clause that speaks of the present takes no other clause's year, nor does a figure
  // set beside another ("up from 1.5 million"), whose time is told against that one.
  if (hasWord("present", PRESENT_WORDS, reading.sentence.text.slice(own.start, own.end), language)) return [];
  if (isComparisonLed(reading, figure, language)) return [];
  const text = reading.sentence.text;
  const free = reading.years.filter((y) => {
    const around = findClauseAround(reading.breaks, text.length, y, reading.figures);
    if (others.some((o) => o.start >= around.start && o.end <= around.end)) return false;
    // "... to people who did not travel until this year": a year inside a relative clause tells
    // when its own noun did something; it stays there unless the figure leans on that clause.
    const isInRelative = around.start !== clause.start && hasWord("relative", RELATIVE_WORDS, text.slice(around.start, y.start), language);
    return !isInRelative;
  });
  const near = free.filter((y) => y.start >= clause.start && y.end <= clause.end);
  return near.length > 0 ? near : free;
}

function readYears(mentions: YearMention[]): { years: number[]; isSpan: boolean } {
  return { years: yearsOf(mentions), isSpan: mentions.some((m) => m.isSince === true && !m.isBase) };
}

// "2.5 times higher than in 2024" is about 2025: a base year stands for the year after it when the
// text gives no other.
function yearsOf(mentions: YearMention[]): number[] {
  const stated = mentions.filter((m) => !m.isBase).flatMap((m) => m.years);
  if (stated.length > 0) return stated;
  return mentions.flatMap((m) => m.years.map((y) => y + 1));
}

function isElsewhereClause(sentence: Sentence, clause: Span): boolean {
  const inside = (h: TermHit) => h.start >= clause.start && h.end <= clause.end;
  return sentence.elsewhereHits.some(inside) && !sentence.placeHits.some(inside);
}

// "... told anyone who will listen that he signed up 50": what comes before "that" is not the
// figure's intent.
function reportedStart(text: string, own: Span, figure: Span, language: string): number {
  const last = findAll(getWordPattern("complementizer", wordsFor(COMPLEMENTIZERS, language), language), text.slice(own.start, figure.start)).at(-1);
  return last ? own.start + last.start : own.start;
}

// "One of which killed 12 people": a part named before the subset word is the subject, and the
// figure is not that part.
const PARTITIVE_SUBJECT = /(?:^|[\s,])(?:one|some|many|most|each|all|both|several|none|two|three|half|один|одна|одне|одно|часть|eine|einer|un|una|uno|um|uma)\s*$/iu;

function findSubset(text: string, own: Span, figure: Span, opts: { language: string; unit: Unit | undefined }): { isSubset: boolean; subsetAt: number } {
  const { language } = opts;
  // "More than 60 of the companies": a count followed by "of the" is a part of what it names. A
  // share ("90% of the wages") always is, and says nothing by it.
  if (opts.unit === "count" && startsWithWord("partitive", PARTITIVE_AFTER, text.slice(figure.end, own.end), language)) {
    return { isSubset: true, subsetAt: figure.end };
  }
  const before = text.slice(own.start, figure.start);
  const hit = findAll(getWordPattern("subset", wordsFor(SUBSET_WORDS, language), language), before).at(-1);
  if (!hit || PARTITIVE_SUBJECT.test(before.slice(0, hit.start))) return { isSubset: false, subsetAt: -1 };
  // "including an attack that killed 12": the part is the attack; the figure is in a clause about it.
  if (hasWord("relative", RELATIVE_WORDS, before.slice(hit.end), language)) return { isSubset: false, subsetAt: -1 };
  return { isSubset: true, subsetAt: own.start + hit.start };
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}
