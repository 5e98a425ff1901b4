import type { Qualifier } from "@claimwatch/domain";
import type { CompiledLanguage } from "./compile-language.ts";
import { findGroupIndex, normalizePhrase } from "./compile-language.ts";
import type { Atom, Candidate } from "./figure-candidate.ts";
import type { UnitRule } from "./language-source.ts";
import { currencyPrefixes } from "./languages/shared.ts";
import { endBeforeSentenceDot } from "./read-digits.ts";

/** How far back a qualifier, currency or change verb may start: "no fewer than", "between the ages of". */
const WINDOW = 48;
const LETTER_AFTER = /[\p{Script=Latin}\p{Script=Cyrillic}]/uy;
// "three-year contract", "1,500-strong brigade": any hyphenated word after a number.
const HYPHEN_WORD = /[-‐‑](\p{L}+)(?![\p{L}\p{N}-])/uy;
const CYRILLIC_ORDINAL = /^[\p{Script=Cyrillic}]{1,3}$/u;

export function windowBefore(text: string, end: number): { text: string; offset: number } {
  const offset = Math.max(0, end - WINDOW);
  return { text: text.slice(offset, end), offset };
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function applyUnit(c: Candidate, rule: UnitRule): void {
  c.unit = rule.unit;
  if (rule.currency) c.currency = rule.currency;
  if (rule.isPoints) c.isPoints = true;
  if (rule.isModifier) c.isModifier = true;
  if (rule.isCounter) c.isCounter = true;
  if (rule.isYear) c.isYear = true;
  if (rule.isAge) c.isAge = true;
  if (rule.isDuration) c.isDuration = true;
  if (rule.factor !== undefined && c.value !== null) {
    c.value *= rule.factor;
    c.unitFactor = rule.factor;
  }
}

/** "3.5 times", "zwölfmal", "twice": a multiplier next to a comparative or a change; else a count. */
function isMultiplier(text: string, c: Candidate, end: number, lang: CompiledLanguage): boolean {
  if (!c.isInteger) return true;
  if (execAt(lang.comparativeAfterRe, text, end)) return true;
  const before = windowBefore(text, c.start).text;
  if (lang.timesPrefixRe?.test(before)) return true;
  return lang.changeBeforeRe.test(before);
}

type UnitMatch = { length: number; rule: UnitRule };

function matchUnit(text: string, pos: number, lang: CompiledLanguage): UnitMatch | undefined {
  const unit = execAt(lang.unitRe, text, pos);
  const rule = unit ? lang.units[findGroupIndex(unit)] : undefined;
  return unit && rule ? { length: unit[0].length, rule } : undefined;
}

/**
 * "2,5 millones de rublos", "3 milioni di rubli", "une centaine de dollars", "cientos de millones
 * de dólares": a currency after a scale word or a vague amount and "of".
 */
function matchCurrencyAfterOf(text: string, c: Candidate, pos: number, lang: CompiledLanguage): UnitMatch | undefined {
  if (c.factor <= 1 && !c.takesOf) return undefined;
  const of = execAt(lang.ofAfterRe, text, pos);
  if (!of) return undefined;
  const ofLength = of[0].trimEnd().length;
  const unit = matchUnit(text, pos + ofLength, lang);
  if (unit?.rule.unit !== "usd" && unit?.rule.unit !== "money") return undefined;
  return { length: ofLength + unit.length, rule: unit.rule };
}

/** A vague amount or a range written as one ("수만 명 규모", "一两天左右") keeps its own qualifier. */
function setQualifierAfter(c: Candidate, qualifier: Qualifier | undefined): void {
  if (qualifier !== undefined && c.qualifier !== "vague" && c.qualifier !== "range") c.qualifier = qualifier;
}

/** Reads what follows the number; returns false when the number is glued to a word ("8th", "5G"). */
function readAfter(text: string, c: Candidate, lang: CompiledLanguage): boolean {
  let pos = c.end;
  const first = execAt(lang.qualifierAfterRe, text, pos);
  if (first) {
    setQualifierAfter(c, lang.qualifiersAfter[findGroupIndex(first)]);
    pos += first[0].length;
  }
  const canTakeUnit = c.unit === "count" && !c.isTimes;
  const unit = canTakeUnit ? (matchUnit(text, pos, lang) ?? matchCurrencyAfterOf(text, c, pos, lang)) : undefined;
  if (unit) {
    applyUnit(c, unit.rule);
    if (unit.rule.isTimes) c.isTimes = true;
    pos = endBeforeSentenceDot(text, pos + unit.length);
  } else if (pos === c.end && !readHyphenWord(text, c, pos)) {
    return false;
  }
  if (c.isTimes) {
    if (!isMultiplier(text, c, pos, lang)) {
      c.isTimes = false;
      c.unit = "count";
      // "mentioned 14 times": a count, and "times" is what it counts.
      if (unit) pos -= unit.length;
      if (c.form !== "digits" && !unit) return false;
    } else c.unit = "fold";
  }
  c.coreEnd = pos;
  const second = first ? null : execAt(lang.qualifierAfterRe, text, pos);
  if (second) {
    setQualifierAfter(c, lang.qualifiersAfter[findGroupIndex(second)]);
    pos += second[0].length;
  }
  c.end = pos;
  return true;
}

/**
 * A word glued to the number: "8th", "5G", "1990s" are no figures (false); "three-year
 * contract", "1,500-strong brigade" are counts that modify a noun; "2-й" is an ordinal.
 */
function readHyphenWord(text: string, c: Candidate, pos: number): boolean {
  if (execAt(LETTER_AFTER, text, pos)) return false;
  const hyphen = execAt(HYPHEN_WORD, text, pos);
  if (hyphen?.[1] === undefined) return true;
  if (CYRILLIC_ORDINAL.test(hyphen[1])) return false;
  c.isModifier = true;
  c.hyphenNoun = { text: hyphen[1], start: pos + 1, end: pos + hyphen[0].length };
  return true;
}

function readCurrencyBefore(text: string, c: Candidate, lang: CompiledLanguage): void {
  if (c.unit !== "count" || c.form !== "digits") return;
  const { text: before, offset } = windowBefore(text, c.start);
  const match = lang.currencyBeforeRe.exec(before);
  const prefix = match ? currencyPrefixes[findGroupIndex(match)] : undefined;
  if (!match || !prefix) return;
  c.unit = prefix.unit;
  const isYenSign = prefix.currency === "JPY" && !match[0].startsWith("JPY");
  c.currency = isYenSign ? (lang.source.yenCurrency ?? "JPY") : prefix.currency;
  c.start = offset + match.index;
}

function readQualifierBefore(text: string, c: Candidate, lang: CompiledLanguage): void {
  c.coreStart = c.start;
  const { text: before, offset } = windowBefore(text, c.start);
  const match = lang.qualifierBeforeRe.exec(before);
  const phrase = match?.[1];
  if (!match || phrase === undefined) return;
  const qualifier = lang.qualifierByPhrase.get(normalizePhrase(phrase));
  if (qualifier === undefined) return;
  const phraseStart = offset + match.index + match[0].indexOf(phrase);
  if (lang.prepositionNounRe?.test(text.slice(Math.max(0, phraseStart - 24), phraseStart))) return;
  c.start = phraseStart;
  // "only 100-odd", "仅百余人": "only" stresses the amount; the hedge after it still holds.
  const keepsOwn = c.qualifier === "vague" || c.qualifier === "range" || (qualifier === "exact" && c.qualifier !== "exact");
  if (!keepsOwn) c.qualifier = qualifier;
  c.hasQualifierBefore = true;
}

/** "multiplié par douze", "multiplied by 12": a multiplier, and a rise. */
function readFoldBefore(text: string, c: Candidate, lang: CompiledLanguage): void {
  if (!lang.foldBeforeRe || c.unit !== "count") return;
  if (!lang.foldBeforeRe.test(windowBefore(text, c.start).text)) return;
  c.unit = "fold";
  c.direction = "up";
  c.isChange = true;
  c.changeRole = "by";
}

/**
 * "does the work of two Russians", "worth two", "as much as two locals", "2인분"/"2人分": a ratio,
 * not a head count. Only a bare count of at most 20 after a ratio cue of the language table
 * (ratioBefore, or a ratio unit such as 몫/人分); "as much as $200" stays "up to" because money
 * is no bare count.
 */
function readRatio(text: string, c: Candidate, lang: CompiledLanguage): void {
  if (!lang.ratioBeforeRe || c.unit !== "count" || c.value === null || c.value > 20) return;
  if (!lang.ratioBeforeRe.test(windowBefore(text, c.coreStart).text)) return;
  c.unit = "ratio";
  c.isRatio = true;
  c.qualifier = "exact";
  c.start = c.coreStart;
  c.hasQualifierBefore = false;
}

/**
 * A change verb right before the figure: "rose twelvefold", "up 35 per cent", "rose to 15,000".
 * When the qualifier is the verb's preposition ("выросло до 15 тысяч"), it joins, not hedges.
 */
function findChangeBefore(text: string, c: Candidate, lang: CompiledLanguage): RegExpExecArray | undefined {
  if (c.hasQualifierBefore) {
    const around = lang.changeBeforeRe.exec(windowBefore(text, c.coreStart).text);
    const prep = around?.groups?.prep?.toLowerCase();
    // The qualifier may be the preposition with its short word: "fino a", "até".
    const phrase = normalizePhrase(text.slice(c.start, c.coreStart));
    const isPreposition = prep !== undefined && (phrase === prep || phrase === normalizePhrase(around?.groups?.prepPhrase ?? ""));
    if (around && isPreposition && lang.source.changePrepositions?.[prep] !== undefined) {
      c.qualifier = "exact";
      c.start = c.coreStart;
      c.hasQualifierBefore = false;
      return around;
    }
  }
  return lang.changeBeforeRe.exec(windowBefore(text, c.start).text) ?? undefined;
}

/** "up 35 per cent", "rose twelvefold", "a 4% drop", "rose to 15,000", "up from 1,300". */
function readChange(text: string, c: Candidate, lang: CompiledLanguage): void {
  const before = findChangeBefore(text, c, lang);
  const prep = before?.groups?.prep?.toLowerCase();
  const role = prep === undefined ? "by" : lang.source.changePrepositions?.[prep];
  if (before && role !== undefined) {
    if (prep === undefined && c.unit !== "percent" && c.unit !== "fold") return;
    c.direction = before.groups?.up ? "up" : "down";
    c.isChange = true;
    c.changeRole = role;
    return;
  }
  const reach = lang.changeReachRe?.exec(windowBefore(text, c.start).text);
  if (reach && c.unit !== "percent" && c.unit !== "fold") {
    c.direction = reach.groups?.up ? "up" : "down";
    c.isChange = true;
    c.changeRole = "to";
    return;
  }
  if (c.unit !== "percent" && c.unit !== "fold") return;
  const after = execAt(lang.changeAfterRe, text, c.end);
  if (!after) return;
  c.direction = after.groups?.up ? "up" : "down";
  c.isChange = true;
  c.changeRole = "by";
}

/** Reads qualifier, currency, unit and change around an atom; undefined when it is no figure. */
export function readContext(text: string, atom: Atom, lang: CompiledLanguage): Candidate | undefined {
  const c: Candidate = {
    ...atom,
    coreStart: atom.start,
    coreEnd: atom.end,
    unit: atom.unit ?? "count",
    qualifier: atom.qualifier ?? "exact",
    hasQualifierBefore: false,
  };
  if (atom.direction) {
    c.direction = atom.direction;
    c.isChange = true;
    c.changeRole = "by";
  }
  if (!readAfter(text, c, lang)) return undefined;
  readCurrencyBefore(text, c, lang);
  readQualifierBefore(text, c, lang);
  readRatio(text, c, lang);
  readFoldBefore(text, c, lang);
  if (!c.isChange) readChange(text, c, lang);
  return c;
}
