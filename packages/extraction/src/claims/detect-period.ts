import { BASE_AFTER, BASE_BEFORE, RELATIVE_YEARS, REPORT_VERBS, SINCE_AFTER, SINCE_BEFORE, wordsFor } from "./language-tables.ts";
import { findAll, getWordPattern } from "./word-pattern.ts";

/**
 * A place in a text that names the year(s) something happened. `isBase` marks the year a change
 * is measured against ("than in 2023", "compared with 2023"); `isRelative` a year read against
 * the publication date ("last year", "six years ago").
 */
export type YearMention = { start: number; end: number; years: number[]; isBase?: boolean; isRelative?: boolean; isSince?: boolean };

// At most this many characters between a reporting verb and the year of the report.
const REPORT_GAP = 16;

// A year of the kind news uses, standing alone ("2,024" and "12024" are not years). Korean and
// Japanese write 2024년 / 2024年, which the lookahead lets through.
const YEAR = /(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d]|[.,]\d)/gu;
const MAX_SPAN = 10;

/**
 * Finds the years a text names: written years ("in 2024", "2024년", "2025-12-26") and years
 * relative to the publication date ("last year", "в прошлом году", "지난해"), the latter only when
 * the publication year is known. "Since 2022" stands for every year from 2022 to publication.
 */
export function findYearMentions(text: string, language: string, publishedYear: number | null): YearMention[] {
  const mentions: YearMention[] = [];
  const since = getSincePatterns(language);
  const sinceAfter = getWordPattern("since-after", SINCE_AFTER[language], language);
  const base = getWordPattern("base-before", wordsFor(BASE_BEFORE, language), language);
  const baseAfter = getWordPattern("base-after", BASE_AFTER[language], language);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const year = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    const isSince = isSinceBefore(since, text.slice(Math.max(0, start - SINCE_GAP), start)) || startsWith(sinceAfter, text.slice(end, end + 6));
    const isBase = endsWith(base, text.slice(Math.max(0, start - 24), start)) || startsWith(baseAfter, text.slice(end, end + 8));
    const years = isSince && publishedYear !== null ? yearsBetween(year, publishedYear) : [year];
    const mention: YearMention = isBase ? { start, end, years, isBase } : { start, end, years };
    mentions.push(isSince && publishedYear !== null ? { ...mention, isSince } : mention);
  }
  if (publishedYear !== null) {
    mentions.push(...findRelativeSpans(text, language, publishedYear).filter((m) => !overlaps(mentions, m)));
    const table = RELATIVE_YEARS[language] ?? RELATIVE_YEARS.en ?? [];
    const pattern = getWordPattern("relative-years", table.map(([phrase]) => phrase), language);
    for (const hit of findAll(pattern, text)) {
      const phrase = hit.text.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
      const offset = table.find(([p]) => p === phrase)?.[1];
      if (offset === undefined || overlaps(mentions, hit)) continue;
      const year = publishedYear + offset;
      // "Since last autumn" runs from then to the report.
      const isSince = offset < 0 && isSinceBefore(since, text.slice(Math.max(0, hit.start - SINCE_GAP), hit.start));
      mentions.push(isSince ? { start: hit.start, end: hit.end, years: yearsBetween(year, publishedYear), isRelative: true, isSince } : { start: hit.start, end: hit.end, years: [year], isRelative: true });
    }
  }
  return dropReportYears(text, language, mentions).sort((a, b) => a.start - b.start);
}

function dropReportYears(text: string, language: string, mentions: YearMention[]): YearMention[] {
  const verbs = findAll(getWordPattern("report-verbs", wordsFor(REPORT_VERBS, language), language), text);
  if (verbs.length === 0) return mentions;
  return mentions.filter((m) => !verbs.some((v) => v.end <= m.start && m.start - v.end <= REPORT_GAP && !/[,;.]/u.test(text.slice(v.end, m.start))));
}

// "by the end of the decade" and "six years ago", read against the publication year.
const DECADE_END: Partial<Record<string, RegExp>> = {
  en: /end of the decade|decade's end/giu,
  ru: /концу десятилетия/giu,
  uk: /кінця десятиліття/giu,
  de: /Ende des Jahrzehnts/giu,
  fr: /fin de la décennie/giu,
  es: /(?:final|fines) de la década/giu,
  pt: /final da década/giu,
  it: /fine del decennio/giu,
};
const YEARS_AGO: Partial<Record<string, RegExp>> = {
  en: /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years ago\b/giu,
  ru: /(\d{1,2}) (?:год|года|лет) назад/giu,
  uk: /(\d{1,2}) (?:рік|роки|років) тому/giu,
  de: /vor (\d{1,2}) Jahren/giu,
  fr: /il y a (\d{1,2}) ans/giu,
  es: /hace (\d{1,2}) años/giu,
  pt: /(?:há )?(\d{1,2}) anos atrás|há (\d{1,2}) anos/giu,
  it: /(\d{1,2}) anni fa/giu,
  ko: /(\d{1,2})년 전/gu,
  ja: /(\d{1,2})年前/gu,
  zh: /(\d{1,2})年前/gu,
};
const SMALL_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function findRelativeSpans(text: string, language: string, publishedYear: number): YearMention[] {
  const found: YearMention[] = [];
  for (const m of findAll(DECADE_END[language] ?? null, text)) {
    found.push({ start: m.start, end: m.end, years: [Math.floor(publishedYear / 10) * 10 + 10], isRelative: true });
  }
  const ago = YEARS_AGO[language];
  if (ago) {
    ago.lastIndex = 0;
    for (let m = ago.exec(text); m !== null; m = ago.exec(text)) {
      const word = (m[1] ?? m[2] ?? "").toLowerCase();
      const n = SMALL_NUMBERS[word] ?? Number(word);
      if (Number.isFinite(n) && n > 0) found.push({ start: m.index, end: m.index + m[0].length, years: [publishedYear - n], isRelative: true });
    }
  }
  return found;
}

// "Since 2022", "since autumn 2024", "dall'autunno 2024": a since-word and at most two words
// (a season, a month, an article) before the year.
const SINCE_GAP = 30;
const SINCE_WORDS_BETWEEN = /^(?:\s*[\p{L}'’]+){0,2}\s*$/u;
// One-letter since-words (Russian "с", Ukrainian "з") are also plain prepositions: the year, or
// a season and the year, must follow them at once.
const SHORT_SINCE_BETWEEN = /^(?:\s*\p{L}+)?\s*$/u;

function isSinceBefore(since: SincePatterns, before: string): boolean {
  const last = [...findAll(since.words, before), ...findAll(since.elided, before)].sort((a, b) => a.end - b.end).at(-1);
  if (!last) return false;
  const between = before.slice(last.end);
  return (last.text.length <= 2 ? SHORT_SINCE_BETWEEN : SINCE_WORDS_BETWEEN).test(between);
}

type SincePatterns = { words: RegExp | null; elided: RegExp | null };

// An elided since-word ("dall'" in "dall'autunno 2024") runs into the next word.
const sinceCache = new Map<string, SincePatterns>();

function getSincePatterns(language: string): SincePatterns {
  const cached = sinceCache.get(language);
  if (cached) return cached;
  const words = wordsFor(SINCE_BEFORE, language) ?? [];
  const elided = words.filter((w) => /['’]$/u.test(w)).map((w) => w.slice(0, -1));
  const patterns = {
    words: getWordPattern("since-before", words, language),
    elided: elided.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${elided.join("|")})['’](?=\\p{L})`, "giu") : null,
  };
  sinceCache.set(language, patterns);
  return patterns;
}

function yearsBetween(from: number, to: number): number[] {
  if (to < from || to - from > MAX_SPAN) return [from];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function endsWith(pattern: RegExp | null, before: string): boolean {
  if (!pattern) return false;
  const hits = findAll(pattern, before);
  const last = hits.at(-1);
  return last !== undefined && before.slice(last.end).trim() === "";
}

function startsWith(pattern: RegExp | null, after: string): boolean {
  if (!pattern) return false;
  const first = findAll(pattern, after)[0];
  return first !== undefined && after.slice(0, first.start).trim() === "";
}

function overlaps(mentions: YearMention[], span: { start: number; end: number }): boolean {
  return mentions.some((m) => m.start < span.end && span.start < m.end);
}
