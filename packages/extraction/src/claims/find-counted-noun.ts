import type { TermHit } from "../mentions/compile-terms.ts";
import { isCue, isNoun, isPeopleNoun, isThingNoun, makeUnknownNoun } from "./claim-terms.ts";
import { CLAUSE_WORDS, NOUN_BEFORE_NUMBER, NOUN_PHRASE_ENDS, NUMBER_OF_WORDS, PEOPLE_COUNTERS, wordsFor } from "./language-tables.ts";
import type { Span } from "./split-clauses.ts";
import { dropLeadingWord, findAll, getWordPattern, hasWord, startsWithWord } from "./word-pattern.ts";

/** What a figure counts; `isStrong` when the text ties the noun to it, not only inherits it. */
export type CountedNoun = { hit: TermHit; isStrong: boolean };

/** The parts of a sentence's reading that say what its figures count. */
type NounReading = { sentence: { text: string }; hits: TermHit[]; figures: Span[]; breaks: Span[] };

const HEAD_FINAL = new Set(["zh", "ja", "ko"]);

// How far a counted noun may stand from its number, in characters ("15,000 North Korean workers").
const NOUN_AFTER_MAX = 40;
const NOUN_BEFORE_MAX = 16;

type NounOptions = { own: Span; clause: Span; language: string; parsed: Span | undefined; isRelative: boolean; isChangeEnd: boolean };

/**
 * The noun a figure counts: one written into it or right beside it, the noun it shares with the
 * figure it is joined to, the subject of its clause, or (weaker) the last noun before it.
 */
export function findCountedNoun(reading: NounReading, figure: Span, opts: NounOptions): CountedNoun | null {
  const found = findNearestNoun(reading, figure, opts);
  return found && isPeopleNoun(found.hit) ? (findNamedSubject(reading, figure, opts) ?? found) : found;
}

// "The number of North Korean workers rose twelvefold, to 15,000 people": "people" says only that
// the figure counts people; which people, the noun "the number of" names or the change's subject says.
function findNamedSubject(reading: NounReading, figure: Span, opts: NounOptions): CountedNoun | null {
  const { own, clause, language, isChangeEnd } = opts;
  const from = isChangeEnd ? clause.start : own.start;
  const lead = reading.sentence.text.slice(from, figure.start);
  const named = findAll(getWordPattern("number-of", wordsFor(NUMBER_OF_WORDS, language), language), lead)[0];
  if (!named && !isChangeEnd) return null;
  const start = from + (named?.end ?? 0);
  const nouns = reading.hits.filter((h) => isNoun(h) && h.start >= start && h.end <= figure.start);
  const subject = HEAD_FINAL.has(language) ? nouns.at(-1) : nouns[0];
  return subject && !isPeopleNoun(subject) && !isThingNoun(subject) ? { hit: subject, isStrong: true } : null;
}

function findNearestNoun(reading: NounReading, figure: Span, opts: NounOptions): CountedNoun | null {
  const { own, clause, language, parsed, isRelative } = opts;
  const nouns = reading.hits.filter(isNoun);
  const text = reading.sentence.text;
  // A noun right after the number ("120家公司", "8,600 visas") is what it counts, whatever the
  // parser read further on.
  // A counter written into the figure ("120社", "160家", "100곳") names what it counts.
  const counter = nouns.find((h) => h.start > figure.start && h.end <= figure.end && !/\p{N}/u.test(text.slice(h.start, h.end)));
  if (counter) return { hit: counter, isStrong: true };
  const adjacent = nouns.find((h) => h.start >= figure.end && h.start - figure.end <= 2 && h.start < own.end);
  if (adjacent) return { hit: adjacent, isStrong: true };
  if (parsed) {
    // The head of "North Korean construction workers" is its last noun.
    const head = nouns.filter((h) => h.start >= parsed.start && h.end <= parsed.end + 2).at(-1);
    if (head) return { hit: head, isStrong: true };
    if (isUnknownPlural(text.slice(parsed.start, parsed.end), reading.hits, parsed, language)) {
      return { hit: makeUnknownNoun(parsed), isStrong: true };
    }
    // "a fait 12 morts", "è salito a 12 morti", "dejó 12 muertos": a claim's own word after the
    // number says what it counts; the missiles or the North Koreans named before it are not counted.
    // (In Chinese, Japanese and Korean the parsed span is often a counter or what follows it.)
    const isOwnWordCue = !HEAD_FINAL.has(language) && reading.hits.some((h) => isCue(h) && h.start >= parsed.start && h.end <= parsed.end + 2);
    if (isOwnWordCue) return null;
  }
  const shared = findSharedNoun(reading, figure, nouns, language);
  if (shared) return { hit: shared, isStrong: true };
  // "미사일의 키이우 공습으로 12명이 숨지고": a figure counted in people (명, 人) does not count the
  // missile named before it.
  const countsPeople = PEOPLE_COUNTERS[language]?.some((c) => text.slice(figure.start, figure.end).endsWith(c)) === true;
  const subjects = countsPeople ? nouns.filter((h) => !isThingNoun(h)) : nouns;
  const before = NOUN_BEFORE_NUMBER.has(language);
  if (before) {
    const near = subjects.filter((h) => h.end <= figure.start && figure.start - h.end <= NOUN_BEFORE_MAX && h.start >= own.start).at(-1);
    if (near) return { hit: near, isStrong: true };
  }
  const after = nouns.find((h) => h.start >= figure.end && h.start < own.end && h.start - figure.end <= (before ? 6 : NOUN_AFTER_MAX));
  if (after && isSameNounPhrase(text.slice(figure.end, after.start), language)) return { hit: after, isStrong: true };
  // "The number of workers rose to 15,000": the subject of the figure's own clause.
  // In Chinese, Japanese and Korean a relative clause comes before its noun ("雇用劳工的企业"): the
  // subject is the last noun before the figure, not the first.
  const leading = subjects.filter((h) => h.end <= figure.start && h.start >= own.start);
  const subject = HEAD_FINAL.has(language) ? leading.at(-1) : leading[0];
  if (subject) return { hit: subject, isStrong: true };
  // "the soldiers it has sent, 12,000 last year": a figure that opens a clause after a comma
  // counts the noun just before it.
  if (own.start > 0 && text.slice(own.start, figure.start).trim() === "" && /[,:–—]\s*$/u.test(text.slice(0, own.start))) {
    const apposed = nouns.filter((h) => h.end <= own.start).at(-1);
    if (apposed) return { hit: apposed, isStrong: true };
  }
  // "The number of workers rose twelvefold, to 15,000": the subject of the change.
  // A relative clause after the subject ("the shortfall, which the ministry tracked for months,
  // has widened, to 1.7 million") is not the change's subject: nothing is inherited from it.
  if (opts.isChangeEnd) {
    const subjectEnd = Math.min(own.start, reading.breaks.find((b) => b.start > clause.start)?.start ?? own.start);
    const changed = nouns.filter((h) => h.start >= clause.start && h.end <= subjectEnd);
    const head = HEAD_FINAL.has(language) ? changed.at(-1) : changed[0];
    return head ? { hit: head, isStrong: true } : null;
  }
  // Otherwise the last noun before it: the noun a relative clause is about ("the size of the force,
  // which it put at 11,000"), or, weaker, the last one in the clause it leans on or the sentence.
  const inherited = nouns.filter((h) => h.end <= figure.start && h.start >= (clause.start < own.start ? clause.start : 0)).at(-1);
  return inherited ? { hit: inherited, isStrong: isRelative } : null;
}

// "8600 и 16 000 студенческих виз", "8,600 and 16,000 visas": a figure joined by "and" to the
// next one shares the noun right after that one.
function findSharedNoun(reading: NounReading, figure: Span, nouns: TermHit[], language: string): TermHit | undefined {
  const text = reading.sentence.text;
  const next = reading.figures.find((f) => f.start >= figure.end);
  if (!next) return undefined;
  const between = text.slice(figure.end, next.start);
  if (!startsWithWord("clause", CLAUSE_WORDS, between, language) || dropLeadingWord(between) !== "") return undefined;
  return nouns.find((h) => h.start >= next.end && h.start - next.end <= NOUN_AFTER_MAX && isSameNounPhrase(text.slice(next.end, h.start), language));
}

// "15,800 containers of munitions": an English plural no word list knows counts something no
// claim counts. Other languages' parsed nouns are often adjectives or counters, so only English.
function isUnknownPlural(noun: string, hits: TermHit[], span: Span, language: string): boolean {
  if (language !== "en") return false;
  if (hits.some((h) => h.start < span.end && span.start < h.end)) return false;
  const head = noun.match(/\p{L}+/gu)?.at(-1) ?? "";
  return /^\p{Ll}{3,}s$/u.test(head) && !/(?:ss|ous|us|is)$/u.test(head);
}

// Between a number and its noun stand adjectives ("North Korean", "more"), not a verb or a
// relative clause ("130 of those who received student visas" counts "those", not visas).
function isSameNounPhrase(between: string, language: string): boolean {
  if (/[.!?;:]/u.test(between)) return false;
  return !hasWord("noun-phrase-ends", NOUN_PHRASE_ENDS, between, language);
}
