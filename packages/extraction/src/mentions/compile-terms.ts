import type { WordsByLanguage } from "@claimwatch/domain";

/**
 * A term found in a text: where it stands, the tags of the word it matched, and the tags of the
 * shorter words inside it ("sent home" holds "sent"), which count for less.
 */
export type TermHit = { start: number; end: number; tags: readonly string[]; innerTags: readonly string[] };

/** Finds tagged words in text; compiled once per word set and language. */
export type TermMatcher = { findTerms(text: string): TermHit[] };

/** Tagged word lists: the tag names what a word stands for (a topic group, a claim's cue). */
export type TaggedWords = ReadonlyArray<{ tag: string; words: WordsByLanguage | undefined }>;

// Languages written without spaces between words: a term matches anywhere.
const UNSPACED = new Set(["ja", "zh", "ko", "th"]);
// Languages whose catalog words are stems ("рабоч" for рабочих, рабочие): a term matches the start of a word.
const STEMMED = new Set(["ru", "uk", "be", "bg", "sr", "pl", "cs", "de", "fr", "it", "pt", "es", "ro", "nl", "sv", "tr", "fi"]);
// English words take their usual inflections; anything longer is another word ("sent" is not "sentence").
// A place ending in -a names its people with -n: "Siberian", "Mongolians".
const ENGLISH_SUFFIX = "(?:'s|’s|s|es|ed|d|ing|(?<=a)ns?)?";
// A one-character abbreviation (ko 러, ja 露) stands on its own only after a space, a mark or
// another abbreviation ("북·러", "북러", "日露"), never inside a word ("달러" dollar, "披露" disclosure).
const ABBREVIATION_BEFORE: Record<string, string> = {
  ko: String.raw`(?:(?<![가-힣])|(?<=[북남한중미일]))`,
  ja: String.raw`(?:(?<!\p{Script=Han})|(?<=[日朝中米韓英独仏北]))`,
};

/**
 * Compiles tagged word lists for one language into one matcher. Words of the language, of "any"
 * and, for other languages, of English are used, since names and loan words often appear in
 * English spelling (English words then match as whole English words). Matching ignores case.
 * A longer term hides the shorter terms inside it at the same place, so its hit carries their
 * tags too ("student visas" is also "visas").
 */
export function compileTerms(groups: TaggedWords, language: string): TermMatcher {
  const own = compilePattern(groups, [language, "any"], language);
  const english = language === "en" ? undefined : compilePattern(groups, ["en"], "en");
  return {
    findTerms(text: string): TermHit[] {
      const hits = own ? findWith(own, text) : [];
      if (!english) return hits;
      const taken = new Set(hits.map((h) => h.start));
      const extra = findWith(english, text).filter((h) => !taken.has(h.start));
      return extra.length === 0 ? hits : [...hits, ...extra].sort((a, b) => a.start - b.start);
    },
  };
}

type TermTags = { tags: readonly string[]; innerTags: readonly string[] };
type CompiledPattern = { pattern: RegExp; tagsByTerm: Map<string, TermTags> };

function compilePattern(groups: TaggedWords, languages: string[], style: string): CompiledPattern | undefined {
  const tagsByTerm = new Map<string, Set<string>>();
  for (const { tag, words } of groups) {
    if (!words) continue;
    for (const lang of languages) {
      for (const word of words[lang] ?? []) {
        const term = normaliseTerm(word);
        if (term.length === 0) continue;
        const tags = tagsByTerm.get(term) ?? new Set<string>();
        tags.add(tag);
        tagsByTerm.set(term, tags);
      }
    }
  }
  if (tagsByTerm.size === 0) return undefined;
  const terms = [...tagsByTerm.keys()].sort((a, b) => b.length - a.length);
  const before = ABBREVIATION_BEFORE[style];
  const isGuarded = (t: string) => before !== undefined && [...t].length === 1;
  const long = terms.filter((t) => !isGuarded(t)).map(escapeTerm);
  const single = terms.filter(isGuarded).map(escapeTerm);
  const alternation = single.length === 0 ? long.join("|") : [...long, `${before}(?:${single.join("|")})`].join("|");
  return { pattern: buildPattern(alternation, style), tagsByTerm: mergeInnerTags(terms, tagsByTerm, UNSPACED.has(style)) };
}

function findWith({ pattern, tagsByTerm }: CompiledPattern, text: string): TermHit[] {
  const hits: TermHit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const found = tagsByTerm.get(normaliseTerm(m[1] ?? m[0]));
    if (found) hits.push({ start: m.index, end: m.index + m[0].length, ...found });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return hits;
}

function buildPattern(alternation: string, language: string): RegExp {
  if (UNSPACED.has(language)) return new RegExp(`(${alternation})`, "giu");
  const suffix = STEMMED.has(language) ? "\\p{L}*" : `${ENGLISH_SUFFIX}(?![\\p{L}\\p{N}])`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternation})${suffix}`, "giu");
}

function mergeInnerTags(terms: string[], tagsByTerm: Map<string, Set<string>>, isUnspaced: boolean): Map<string, TermTags> {
  const merged = new Map<string, TermTags>();
  for (const term of terms) {
    const tags = tagsByTerm.get(term) ?? new Set<string>();
    const inner = new Set<string>();
    for (const other of terms) {
      if (other.length >= term.length || !(isUnspaced ? term.includes(other) : containsWord(term, other))) continue;
      for (const t of tagsByTerm.get(other) ?? []) if (!tags.has(t)) inner.add(t);
    }
    merged.set(term, { tags: [...tags], innerTags: [...inner] });
  }
  return merged;
}

function containsWord(term: string, inner: string): boolean {
  const at = term.indexOf(inner);
  if (at < 0) return false;
  const before = term[at - 1];
  return before === undefined || before === " " || before === "-";
}

function normaliseTerm(word: string): string {
  return word.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ").trim();
}

function escapeTerm(term: string): string {
  // Any run of spaces in the text matches the single space of a term; an apostrophe matches either form.
  return term
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/ /g, "\\s+")
    .replace(/'/g, "['’]");
}
