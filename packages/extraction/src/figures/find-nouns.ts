import type { CompiledLanguage } from "./compile-language.ts";
import type { Candidate } from "./figure-candidate.ts";
import { findCjkNouns } from "./find-cjk-nouns.ts";
import type { TextSpan } from "./parsed-figure.ts";
import { windowBefore } from "./read-context.ts";

export type FigureNouns = { noun?: TextSpan; modifies?: TextSpan; of?: TextSpan; leftNoun?: TextSpan };

// A word after spaces, or right after an elided "d'" / "dell'".
const NEXT_WORD = /(?:[\s\u00A0]+|(?<=['’ʼ]))([\p{L}\p{M}]+(?:['’ʼ\-‐][\p{L}\p{M}]+)*['’]?)/uy;
const LEFT_OF_WORD = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[\s\u00A0]+(\p{L}+['’]?)[\s\u00A0]+$/u;
const MAX_WORDS = 4;
const GLUED_WORD = /[-‐](\p{L}+)/uy;

function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/**
 * The noun phrase that starts after `from`: up to its head, stopping at function words,
 * punctuation and numbers. English stops after a plural head ("15,000 North Korean workers were")
 * and before a participle ("12 people killed").
 */
function readPhrase(text: string, from: number, lang: CompiledLanguage, skipDeterminers = false): TextSpan | undefined {
  let pos = from;
  let start = -1;
  let end = -1;
  for (let count = 0; count < MAX_WORDS; ) {
    NEXT_WORD.lastIndex = pos;
    const match = NEXT_WORD.exec(text);
    const word = match?.[1];
    if (!match || word === undefined) break;
    const lower = word.toLowerCase();
    const wordStart = pos + match[0].length - word.length;
    pos += match[0].length;
    if (skipDeterminers && count === 0 && lang.determiners.has(lower)) continue;
    if (lang.pronouns.has(lower) && count === 0) return span(text, wordStart, pos);
    if (lang.stopWords.has(lower) || lang.words.has(lower)) break;
    if (lang.source.hasCapitalNouns && count > 0 && !/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(text.slice(start, end))) break;
    if (count > 0 && lang.verbEndingRe?.test(lower)) break;
    if (count === 0 && lang.verbEndingRe?.test(lower) && !lang.pluralHeadRe?.test(lower)) break;
    if (start === -1) start = wordStart;
    end = pos;
    count += 1;
    if (lang.pluralHeadRe?.test(lower)) break;
    if (lang.source.hasCapitalNouns && /^\p{Lu}/u.test(word)) break;
  }
  return start === -1 ? undefined : span(text, start, end);
}

function readOf(text: string, from: number, lang: CompiledLanguage, isShare = false): TextSpan | undefined {
  lang.ofAfterRe.lastIndex = from;
  let match = lang.ofAfterRe.exec(text);
  if (!match && isShare && lang.shareOfAfterRe) {
    lang.shareOfAfterRe.lastIndex = from;
    match = lang.shareOfAfterRe.exec(text);
  }
  if (!match) return undefined;
  // The match ends after the spaces that follow "of"; step back so readPhrase sees a space.
  return readPhrase(text, from + match[0].trimEnd().length, lang, true);
}

function readLeftNoun(text: string, c: Candidate, lang: CompiledLanguage): TextSpan | undefined {
  // "stieg von 40.000 auf 100.000": the "of" word belongs to the change, not to a noun.
  if (lang.leftOfWords.size === 0 || c.changeRole === "from") return undefined;
  const { text: before, offset } = windowBefore(text, c.start);
  const match = LEFT_OF_WORD.exec(before);
  const noun = match?.[1];
  const of = match?.[2]?.toLowerCase();
  if (!match || noun === undefined || of === undefined || !lang.leftOfWords.has(of)) return undefined;
  const lower = noun.toLowerCase();
  if (lang.stopWords.has(lower) || lang.words.has(lower)) return undefined;
  const start = offset + match.index;
  return span(text, start, start + noun.length);
}

/** What a figure counts, what it modifies, what it is a share of, and the noun it hangs on. */
export function findNouns(text: string, c: Candidate, lang: CompiledLanguage): FigureNouns {
  if (lang.source.isCjk) return findCjkNouns(text, c, lang);
  const nouns: FigureNouns = {};
  const leftNoun = readLeftNoun(text, c, lang);
  if (leftNoun) nouns.leftNoun = leftNoun;
  if (c.isModifier) {
    GLUED_WORD.lastIndex = c.end;
    const glued = c.hyphenNoun ? null : GLUED_WORD.exec(text);
    // "12-Stunden-Schichten": the modified noun is glued on with a hyphen.
    const modifies = glued?.[1]
      ? span(text, c.end + 1, c.end + glued[0].length)
      : readPhrase(text, c.hyphenNoun?.end ?? c.end, lang);
    if (modifies) nouns.modifies = modifies;
    const isAdjective = lang.modifierAdjectives.has(c.hyphenNoun?.text.toLowerCase() ?? "");
    if (c.hyphenNoun && c.unit === "count" && !isAdjective) nouns.noun = c.hyphenNoun;
    return nouns;
  }
  const isShare = c.unit === "percent" || c.unit === "ratio";
  // "tens of thousands of workers", "1,2 milhão de norte-coreanos": "of" leads to the noun.
  const ofLeadsToNoun = !isShare && c.takesOf === true;
  const of = readOf(text, c.end, lang, c.unit === "percent");
  if (of && ofLeadsToNoun) nouns.noun = of;
  else if (of) nouns.of = of;
  else if (c.unit === "count" || c.unit === "ratio") {
    const noun = readPhrase(text, c.end, lang);
    if (noun) nouns.noun = noun;
  }
  return nouns;
}
