/**
 * Numbers written in digits, in any of the project's languages: "15,000", "15 000" (and with
 * no-break or thin spaces), "8.600" where "." groups thousands, "1,5" where "," is the decimal
 * mark. Groups are always three digits, so "1,5" is a decimal even in English.
 */
export const DIGITS_SOURCE = String.raw`\d{1,3}(?:[,.'\u00A0\u202F\u2009 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

const SENTENCE_AFTER = /\s+[\p{Lu}«"“]/uy;

/**
 * Where a figure ending in an abbreviation ("2,4 млн.", "45 руб.") really ends: before the dot
 * when a new sentence starts after it, so that the dot is the sentence's.
 */
export function endBeforeSentenceDot(text: string, end: number): number {
  if (text[end - 1] !== ".") return end;
  SENTENCE_AFTER.lastIndex = end;
  return SENTENCE_AFTER.test(text) ? end - 1 : end;
}

export type DigitReading = {
  value: number;
  /** Written with a thousands separator: "2,432" is never a year. */
  isGrouped: boolean;
  isInteger: boolean;
  /** Digits before the decimal mark, separators left out. */
  integerDigits: number;
};

const GROUP_ONLY = new Set([" ", "\u00A0", "\u202F", "\u2009", "'"]);

/** Reads a match of DIGITS_SOURCE; `hasDecimalComma` is the language's decimal mark. */
export function readDigits(raw: string, hasDecimalComma: boolean): DigitReading {
  const separators = [...raw.matchAll(/[^\d]/g)].map((m) => ({ char: m[0], index: m.index }));
  const last = separators.at(-1);
  if (last === undefined) return integerReading(raw, false);
  const decimalIndex = findDecimalIndex(raw, separators, hasDecimalComma);
  const integerPart = (decimalIndex === -1 ? raw : raw.slice(0, decimalIndex)).replace(/\D/g, "");
  const fraction = decimalIndex === -1 ? "" : raw.slice(decimalIndex + 1);
  const value = Number(fraction ? `${integerPart}.${fraction}` : integerPart);
  const isGrouped = separators.some((s) => s.index < decimalIndex || decimalIndex === -1);
  return { value, isGrouped, isInteger: fraction === "", integerDigits: integerPart.length };
}

function integerReading(digits: string, isGrouped: boolean): DigitReading {
  return { value: Number(digits), isGrouped, isInteger: true, integerDigits: digits.length };
}

/** Where the decimal mark stands, or -1 when every separator groups thousands. */
function findDecimalIndex(
  raw: string,
  separators: Array<{ char: string; index: number }>,
  hasDecimalComma: boolean,
): number {
  const last = separators.at(-1)!;
  if (GROUP_ONLY.has(last.char)) return -1;
  const kinds = new Set(separators.map((s) => s.char));
  // "1,500.5", "1.500,5", "15 000,5": the last separator of a second kind is the decimal mark.
  if (kinds.size > 1) return last.index;
  const digitsAfter = raw.length - last.index - 1;
  if (digitsAfter !== 3) return last.index;
  // Several groups of three ("1,500,000", "1.500.000") only ever group thousands.
  if (separators.length > 1) return -1;
  const decimalMark = hasDecimalComma ? "," : ".";
  return last.char === decimalMark ? last.index : -1;
}
