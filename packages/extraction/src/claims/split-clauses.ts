import { CLAUSE_ENDINGS, CLAUSE_WORDS, wordsFor } from "./language-tables.ts";
import { findAll, getWordPattern } from "./word-pattern.ts";

/** A span of a sentence: [start, end). */
export type Span = { start: number; end: number };

// Punctuation that separates clauses: semicolons, colons, dashes between spaces, a comma followed by
// a space (not the comma of "15,000"), brackets, and the CJK comma and semicolon.
const PUNCTUATION = /[;:]\s|\s[-–—]\s|[–—]|,\s|[()[\]]|[、，；：]/gu;

/**
 * Where a sentence breaks into clauses: punctuation and the language's clause words ("and",
 * "while", "including"). Returns the breaks as spans, in order; a clause runs between two breaks.
 */
export function findClauseBreaks(sentence: string, language: string): Span[] {
  const breaks: Span[] = findAll(PUNCTUATION, sentence);
  const words = getWordPattern("clause", wordsFor(CLAUSE_WORDS, language), language);
  // A clause word opens the clause that follows it: the break is the space before it.
  for (const w of findAll(words, sentence)) breaks.push({ start: w.start, end: w.start });
  const endings = CLAUSE_ENDINGS[language];
  if (endings) {
    // "-고 싶다" (want to) is one verb, not two clauses.
    const pattern = new RegExp(`(?<=\\p{Script=Hangul})(?:${endings.join("|")})(?=\\s)(?!\\s*싶)`, "gu");
    for (const e of findAll(pattern, sentence)) breaks.push({ start: e.end, end: e.end + 1 });
  }
  return breaks.sort((a, b) => a.start - b.start);
}

/**
 * The clause around [start, end): from the last break before it to the first break after it.
 * Breaks inside `keep` spans (the figures of the sentence: "between 100 and 200") do not count.
 */
export function findClauseAround(breaks: Span[], length: number, at: Span, keep: Span[] = []): Span {
  let from = 0;
  let to = length;
  for (const b of breaks) {
    if (keep.some((k) => b.start >= k.start && b.end <= k.end)) continue;
    if (b.end <= at.start) from = Math.max(from, b.end);
    else if (b.start >= at.end) {
      to = b.start;
      break;
    }
  }
  return { start: from, end: to };
}
