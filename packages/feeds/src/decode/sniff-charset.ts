import iconv from "iconv-lite";

/** Legacy encodings we tell apart when a document is not UTF-8 and says nothing trustworthy. */
export const sniffedCharsets = ["windows-1252", "windows-1251", "koi8-r", "euc-kr"] as const;

const plausiblePunctuation = /[\u00a0\u00ab\u00bb\u00b0\u00a9\u00ae\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2116\u20ac]/u;
const nonAsciiLetterWord = /\p{L}*[^\x00-\x7f]\p{L}*/gu;

/** True when every byte >= 0x80 pairs up as EUC-KR (KS X 1001: lead and trail both 0xA1-0xFE). */
function isEucKrShaped(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (b < 0xa1 || b > 0xfe || trail < 0xa1 || trail > 0xfe) return false;
    i += 1;
  }
  return true;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function scoreKorean(bytes: Uint8Array, text: string): number {
  if (!isEucKrShaped(bytes)) return 0;
  const nonAscii = countMatches(text, /[^\x00-\x7f]/gu);
  return nonAscii === 0 ? 0 : countMatches(text, /[\uac00-\ud7a3]/gu) / nonAscii;
}

/** Share of non-ASCII words that look like real words of the encoding's script. */
function scoreWords(text: string, isGood: (word: string) => boolean): number | null {
  const words = text.match(nonAsciiLetterWord)?.filter((w) => /\p{L}/u.test(w)) ?? [];
  if (words.length === 0) return null;
  return words.filter(isGood).length / words.length;
}

// Russian words are all Cyrillic and cased like words ("Привет", "привет", "ПРИВЕТ"). Reading
// KOI8-R as Windows-1251 (or back) swaps the case ("пРИВЕТ"), and reading Latin-1 as either mixes
// scripts inside a word ("Jьrgen").
const cyrillicWord = /^(?:[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+)$/u;
// Latin words with diacritics still have mostly ASCII letters; Cyrillic or Korean bytes read as
// Windows-1252 give words made only of accented letters ("Ïðèâåò").
function isLatinWord(word: string): boolean {
  if (!/^[\p{Script=Latin}]+$/u.test(word)) return false;
  const accented = countMatches(word, /[^\x00-\x7f]/gu);
  return accented <= 2 || accented / word.length <= 0.5;
}

function scorePunctuation(text: string): number {
  const nonAscii = text.match(/[^\x00-\x7f]/gu) ?? [];
  if (nonAscii.length === 0) return 0;
  return nonAscii.filter((c) => plausiblePunctuation.test(c)).length / nonAscii.length;
}

/** How plausible `bytes` read as `charset` is, from 0 (garbage) to 1. */
export function scoreCharset(bytes: Uint8Array, charset: string, text: string = iconv.decode(Buffer.from(bytes), charset)): number {
  if (charset === "euc-kr") return scoreKorean(bytes, text);
  const replaced = countMatches(text, /\ufffd/gu);
  const isCyrillic = charset === "koi8-r" || charset === "windows-1251" || charset === "iso-8859-5";
  const words = scoreWords(text, isCyrillic ? (w) => cyrillicWord.test(w) : isLatinWord);
  const score = words ?? scorePunctuation(text);
  return replaced > 0 ? score / 2 : score;
}

/** The most plausible legacy charset for bytes that are not UTF-8; ties go to the earlier one. */
export function sniffCharset(bytes: Uint8Array): { charset: string; score: number } {
  let best = { charset: "windows-1252", score: -1 };
  for (const charset of sniffedCharsets) {
    const score = scoreCharset(bytes, charset);
    if (score > best.score) best = { charset, score };
  }
  return best;
}
