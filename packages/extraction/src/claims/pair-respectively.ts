import type { YearMention } from "./detect-period.ts";
import { PRESENT_WORDS, RESPECTIVELY_WORDS, wordsFor } from "./language-tables.ts";
import type { Span } from "./split-clauses.ts";
import { findAll, getWordPattern } from "./word-pattern.ts";

/**
 * "1.5 million and 2.4 million now and by 2030 respectively": a sentence that lists as many
 * figures as times, and says "respectively" (соответственно, jeweils, 각각), pairs them in order.
 * Returns the years each figure is about, by the figure's start; empty when the sentence pairs
 * nothing. Times are years ("in 2023", "last year") and words of the present ("now"), the latter
 * read as the publication year.
 */
export function pairRespectively(
  text: string,
  figures: Span[],
  opts: { language: string; years: YearMention[]; publishedYear: number | null },
): Map<number, YearMention[]> {
  const paired = new Map<number, YearMention[]>();
  const { language, publishedYear } = opts;
  if (!hasRespectively(text, language)) return paired;
  const outside = (s: Span) => !figures.some((f) => f.start < s.end && s.start < f.end);
  const present =
    publishedYear === null
      ? []
      : findAll(getWordPattern("present", wordsFor(PRESENT_WORDS, language), language), text).map((p) => ({ start: p.start, end: p.end, years: [publishedYear] }));
  const times = [...opts.years.filter((y) => !y.isBase), ...present].filter(outside).sort((a, b) => a.start - b.start);
  const counted = figures.filter((f) => opts.years.every((y) => !(y.start <= f.start && f.end <= y.end)));
  if (times.length < 2 || times.length !== counted.length) return paired;
  counted.forEach((f, k) => paired.set(f.start, [times[k] as YearMention]));
  return paired;
}

/** True when the sentence pairs two lists in order ("respectively", "соответственно", "각각"). */
export function hasRespectively(text: string, language: string): boolean {
  return findAll(getWordPattern("respectively", wordsFor(RESPECTIVELY_WORDS, language), language), text).length > 0;
}
