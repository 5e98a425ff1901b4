import { type Table, wordsFor } from "./language-tables.ts";

const UNSPACED = new Set(["ja", "zh", "ko", "th"]);
// Languages whose tables list stems: the word may run on ("планиру" for планирует).
const STEMMED_TABLES = new Set(["ru", "uk"]);

const cache = new Map<string, RegExp | null>();

/**
 * A global, case-insensitive pattern for a list of words of one language: whole words in spaced
 * scripts (stems in Russian and Ukrainian when `stems` is set), plain substrings in Japanese,
 * Chinese and Korean. Null when the list is empty. Patterns are cached by key.
 */
export function getWordPattern(key: string, words: readonly string[] | undefined, language: string, stems = false): RegExp | null {
  const cacheKey = `${key}:${language}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey) ?? null;
  let pattern: RegExp | null = null;
  if (words && words.length > 0) {
    const alternation = [...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+").replace(/'/g, "['’]"))
      .join("|");
    if (UNSPACED.has(language)) pattern = new RegExp(`(?:${alternation})`, "giu");
    else {
      const tail = stems && STEMMED_TABLES.has(language) ? "\\p{L}*" : "(?![\\p{L}\\p{N}])";
      pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})${tail}`, "giu");
    }
  }
  cache.set(cacheKey, pattern);
  return pattern;
}

/** Every match of a pattern in text, as [start, end) spans. */
export function findAll(pattern: RegExp | null, text: string): Array<{ start: number; end: number; text: string }> {
  if (!pattern) return [];
  const spans: Array<{ start: number; end: number; text: string }> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return spans;
}

/** True when one of a table's words for the language occurs in the text. */
export function hasWord(key: string, table: Table, text: string, language: string): boolean {
  return findAll(getWordPattern(key, wordsFor(table, language), language), text).length > 0;
}

/** True when the text opens (after blanks) with one of a table's words for the language. */
export function startsWithWord(key: string, table: Table, text: string, language: string): boolean {
  const first = findAll(getWordPattern(key, wordsFor(table, language), language), text)[0];
  return first !== undefined && text.slice(0, first.start).trim() === "";
}

/** The text without its first word. */
export function dropLeadingWord(text: string): string {
  return text.trim().replace(/^\S+\s*/u, "");
}
