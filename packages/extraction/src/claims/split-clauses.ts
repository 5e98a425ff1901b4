import { ATTRIBUTION_WORDS, CLAUSE_ENDINGS, CLAUSE_WORDS, SUBSET_WORDS, wordsFor } from "./language-tables.ts";
import { findAll, getWordPattern } from "./word-pattern.ts";

/** A span of a sentence: [start, end). */
export type Span = { start: number; end: number };

/** A clause break; `isSoft` marks the commas around a parenthetical, which end only its own clause. */
export type Break = Span & { isSoft?: boolean };

// Punctuation that separates clauses: semicolons, colons, dashes between spaces, a comma followed by
// a space (not the comma of "15,000"), brackets, and the CJK comma and semicolon.
const PUNCTUATION = /[;:]\s|\s[-–—]\s|[–—]|,\s|[()[\]]|[、，；：]/gu;

/**
 * Where a sentence breaks into clauses: punctuation and the language's clause words ("and",
 * "while", "including"). Returns the breaks as spans, in order; a clause runs between two breaks.
 */
export function findClauseBreaks(sentence: string, language: string): Break[] {
  const breaks: Break[] = findAll(PUNCTUATION, sentence);
  const words = getWordPattern("clause", wordsFor(CLAUSE_WORDS, language), language);
  // A clause word opens the clause that follows it: the break is the space before it.
  for (const w of findAll(words, sentence)) breaks.push({ start: w.start, end: w.start });
  const endings = CLAUSE_ENDINGS[language];
  if (endings) {
    // "-고 싶다" (want to) is one verb, not two clauses.
    const pattern = new RegExp(`(?<=\\p{Script=Hangul})(?:${endings.join("|")})(?=\\s)(?!\\s*싶)`, "gu");
    for (const e of findAll(pattern, sentence)) breaks.push({ start: e.end, end: e.end + 1 });
  }
  return softenParentheticals(sentence, breaks.sort((a, b) => a.start - b.start), language);
}

// "90 civilians, including six children, were injured", "the shortfall, according to the ministry,
// stands at 1.5 million": the commas around a part named in passing or a source do not end the
// clause they interrupt, only the parenthetical itself.
function softenParentheticals(sentence: string, breaks: Break[], language: string): Break[] {
  const openers = [
    getWordPattern("subset", wordsFor(SUBSET_WORDS, language), language),
    getWordPattern("attribution", wordsFor(ATTRIBUTION_WORDS, language), language),
  ];
  return breaks.map((b, k) => {
    const next = breaks[k + 1];
    const prev = breaks[k - 1];
    const opens = next !== undefined && isParenthetical(sentence, b, next, openers);
    const closes = prev !== undefined && isParenthetical(sentence, prev, b, openers);
    return opens || closes ? { ...b, isSoft: true } : b;
  });
}

function isParenthetical(sentence: string, open: Span, close: Span, openers: Array<RegExp | null>): boolean {
  if (sentence[open.start] !== "," || sentence[close.start] !== ",") return false;
  const inside = sentence.slice(open.end, close.start);
  if (inside.length >= 60) return false;
  return openers.some((pattern) => {
    const first = findAll(pattern, inside)[0];
    return first !== undefined && inside.slice(0, first.start).trim() === "";
  });
}

/**
 * The clause around [start, end): from the last break before it to the first break after it.
 * Breaks inside `keep` spans (the figures of the sentence: "between 100 and 200") do not count;
 * soft breaks count only for what stands inside the parenthetical they enclose.
 */
export function findClauseAround(breaks: Break[], length: number, at: Span, keep: Span[] = []): Span {
  const isInside = breaks.some((b, k) => {
    const close = breaks[k + 1];
    return b.isSoft === true && close?.isSoft === true && b.end <= at.start && close.start >= at.end;
  });
  let from = 0;
  let to = length;
  for (const b of breaks) {
    if (keep.some((k) => b.start >= k.start && b.end <= k.end)) continue;
    if (b.isSoft && !isInside) continue;
    if (b.end <= at.start) from = Math.max(from, b.end);
    else if (b.start >= at.end) {
      to = b.start;
      break;
    }
  }
  return { start: from, end: to };
}
