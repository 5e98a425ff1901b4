import type { Catalog, Claim } from "@claimwatch/domain";
import { compileTerms, type TaggedWords, type TermHit, type TermMatcher } from "../mentions/compile-terms.ts";
import { DATE_SUFFIXES, PEOPLE_NOUNS, type Table, THING_NOUNS } from "./language-tables.ts";

/** The kinds of catalog words a claim has. */
export type TermKind = "cue" | "noun" | "exclude" | "scope" | "context";

/** A catalog compiled for one language: one matcher for every claim's words. */
export type ClaimTerms = {
  claims: readonly Claim[];
  matcher: TermMatcher;
};

const PEOPLE = "people";
const THING = "thing";
const cache = new WeakMap<Catalog, Map<string, ClaimTerms>>();

/** Compiles (and caches) the words of every claim of a catalog for one language. */
export function getClaimTerms(catalog: Catalog, language: string): ClaimTerms {
  let byLanguage = cache.get(catalog);
  if (!byLanguage) cache.set(catalog, (byLanguage = new Map()));
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const groups: Array<TaggedWords[number]> = [];
  catalog.claims.forEach((claim, i) => {
    groups.push({ tag: termTag("cue", i), words: claim.cues });
    groups.push({ tag: termTag("noun", i), words: claim.nouns });
    groups.push({ tag: termTag("exclude", i), words: claim.exclude });
    groups.push({ tag: termTag("scope", i), words: claim.scope });
    groups.push({ tag: termTag("context", i), words: claim.context });
  });
  groups.push({ tag: PEOPLE, words: toWords(PEOPLE_NOUNS) });
  groups.push({ tag: THING, words: toWords(THING_NOUNS) });
  const built = { claims: catalog.claims, matcher: compileTerms(groups, language) };
  byLanguage.set(language, built);
  return built;
}

function toWords(table: Table): Record<string, string[]> {
  const words: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(table)) if (list) words[lang] = [...list];
  return words;
}

export function termTag(kind: TermKind, claimIndex: number): string {
  return `${kind}:${claimIndex}`;
}

/**
 * The claim words of a text. A month or day written in digits ("5월", "5月", "26日") is a date: its
 * "월" or "月" is not the "monthly" of a wage.
 */
export function findClaimWords(terms: ClaimTerms, text: string, language: string): TermHit[] {
  const suffixes = DATE_SUFFIXES[language];
  const hits = terms.matcher.findTerms(text);
  if (!suffixes) return hits;
  return hits.filter((h) => !(/\p{Nd}/u.test(text[h.start - 1] ?? "") && suffixes.includes(text.slice(h.start, h.end))));
}

/** True when the hit is one of a claim's words of that kind, or holds one ("construction workers"). */
export function hasTerm(hit: TermHit, kind: TermKind, claimIndex: number): boolean {
  const tag = termTag(kind, claimIndex);
  return hit.tags.includes(tag) || hit.innerTags.includes(tag);
}

/** True when the hit is exactly one of a claim's words of that kind, not a longer word holding one. */
export function isTerm(hit: TermHit, kind: TermKind, claimIndex: number): boolean {
  return hit.tags.includes(termTag(kind, claimIndex));
}

/** True when the hit says what a figure counts: a claim's noun, or a noun for people or things. */
export function isNoun(hit: TermHit): boolean {
  return [...hit.tags, ...hit.innerTags].some((t) => t === PEOPLE || t === THING || t.startsWith("noun:"));
}

/** True when the hit is a noun for people in general ("people", "North Koreans"). */
export function isPeopleNoun(hit: TermHit): boolean {
  return hit.tags.includes(PEOPLE) || hit.innerTags.includes(PEOPLE);
}

/**
 * A noun the figure parser found that no word list knows ("15,800 containers"): it counts
 * something no claim counts, so it is read as a thing.
 */
export function makeUnknownNoun(span: { start: number; end: number }): TermHit {
  return { start: span.start, end: span.end, tags: [THING], innerTags: [] };
}

/** True when the hit counts things (hectares, years, missiles) that no claim of people counts. */
export function isThingNoun(hit: TermHit): boolean {
  return hit.tags.includes(THING);
}

/** True when the hit is a cue word of some claim. */
export function isCue(hit: TermHit): boolean {
  return hit.tags.some((t) => t.startsWith("cue:"));
}


