import type { Unit } from "@claimwatch/domain";
import type { UnitRule, WordMeaning } from "../language-source.ts";

// Regex sources shared by the language tables. Every unit source is built with one of these so
// that a unit word ends where a word ends ("per cent" but not "percentile"), whatever the script.
const SPACE = String.raw`[\s\u00A0\u202F\u2009]*`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** A unit word after optional spaces: "15,000 workers" -> " workers". */
export const spaced = (re: string): string => `${SPACE}(?:${re})${END}`;
/** A unit glued to the number: "40pc", "2.5x". */
export const glued = (re: string): string => `(?:${re})${END}`;
/** A hyphenated unit: "12-hour", "12-fold". */
export const hyphened = (re: string): string => String.raw`[-‐‑](?:${re})${END}`;
/** A CJK or Korean unit, glued or after one space, with no word boundary (there is none). */
export const cjk = (re: string): string => String.raw`[\s\u00A0]?(?:${re})`;

/** A qualifier or unit phrase written with plain spaces, as a regex source. */
export function toPhraseSource(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/'/g, "['’ʼ]")
    .replace(/ /g, String.raw`[\s\u00A0]+`);
}

export const percentSign: UnitRule = { re: String.raw`${SPACE}[%％]`, unit: "percent" };

/** Currency symbols and codes before a number ("US$ 100", "€5m", "₽45,000"), by regex source. */
export const currencyPrefixes: Array<{ re: string; unit: Unit; currency?: string }> = [
  { re: String.raw`(?:US|U\.S\.)\s?\$|USD|\$`, unit: "usd" },
  { re: String.raw`€|EUR`, unit: "money", currency: "EUR" },
  { re: String.raw`£|GBP`, unit: "money", currency: "GBP" },
  { re: String.raw`₽|RUB`, unit: "money", currency: "RUB" },
  { re: String.raw`₩|KRW`, unit: "money", currency: "KRW" },
  { re: String.raw`KPW`, unit: "money", currency: "KPW" },
  { re: String.raw`₴|UAH`, unit: "money", currency: "UAH" },
  { re: String.raw`R\$|BRL`, unit: "money", currency: "BRL" },
  { re: String.raw`CNY|RMB`, unit: "money", currency: "CNY" },
  { re: String.raw`JPY`, unit: "money", currency: "JPY" },
  { re: String.raw`[¥￥]`, unit: "money", currency: "JPY" },
];

/** ISO codes after a number in any language: "100 USD", "45 000 RUB". */
export const currencyCodesAfter: UnitRule[] = [
  { re: spaced("USD|US\\$"), unit: "usd" },
  { re: spaced("EUR"), unit: "money", currency: "EUR" },
  { re: spaced("RUB"), unit: "money", currency: "RUB" },
  { re: spaced("KRW"), unit: "money", currency: "KRW" },
  { re: spaced("KPW"), unit: "money", currency: "KPW" },
  { re: spaced("UAH"), unit: "money", currency: "UAH" },
  { re: String.raw`${SPACE}\$`, unit: "usd" },
  { re: String.raw`${SPACE}€`, unit: "money", currency: "EUR" },
  { re: String.raw`${SPACE}₽`, unit: "money", currency: "RUB" },
];

/** Builds a word table from "word word2:value" lists, one kind at a time. */
export function defineWords(kind: WordMeaning["kind"], entries: Record<string, number>): Record<string, WordMeaning> {
  const table: Record<string, WordMeaning> = {};
  for (const [spellings, value] of Object.entries(entries)) {
    for (const word of spellings.split("|")) table[word] = { value, kind };
  }
  return table;
}

/** Joins word lists into one alternation, longest first so that "per cent" wins over "per". */
export function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join("|");
}
