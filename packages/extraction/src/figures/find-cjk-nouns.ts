import type { CompiledLanguage } from "./compile-language.ts";
import type { Candidate } from "./figure-candidate.ts";
import type { FigureNouns } from "./find-nouns.ts";
import type { TextSpan } from "./parsed-figure.ts";

const MAX_CHARS = 8;
// Korean: "노동자는 약 1만5천 명" (the noun, then a subject, topic or object particle, before the number).
const KOREAN_WORD_BEFORE = /(?<![\p{L}\p{N}])([가-힣A-Za-z]+?)(은|는|이|가|을|를|도)?\s+$/u;
// Korean: "1만5천 명의 노동자" (a genitive after the counter, then the noun).
const KOREAN_GENITIVE_AFTER = /의\s+([가-힣]+?)(?:은|는|이|가|을|를|도|들|에|과|와|의)?(?![가-힣])/uy;
// Japanese: a run of kanji and katakana, the way nouns are written, before or after の.
const JAPANESE_NOUN_BEFORE = /([\p{Script=Han}\p{Script=Katakana}ー]{1,8})[はがもを]?$/u;
const JAPANESE_NOUN_AFTER = /の([\p{Script=Han}\p{Script=Katakana}ー]{1,8})/uy;
// Chinese: Han characters up to a function character that ends the noun phrase.
const CHINESE_STOP = "在于被已将的是到至从为了和与及等对向有约近超逾共仅达增减降升涨跌";
const CHINESE_NOUN_AFTER = new RegExp(`[^${CHINESE_STOP}\\P{Script=Han}]{1,${MAX_CHARS}}`, "uy");
const CHINESE_NOUN_BEFORE = new RegExp(`[^${CHINESE_STOP}\\P{Script=Han}]{1,${MAX_CHARS}}$`, "u");

const CHINESE_NOUN_HEAD = /^[^人工者员兵生军士司业厂户民证国]*[人工者员兵生军士司业厂户民证国]+/u;

function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

function findKoreanNoun(text: string, c: Candidate, lang: CompiledLanguage): TextSpan | undefined {
  KOREAN_GENITIVE_AFTER.lastIndex = c.end;
  const after = KOREAN_GENITIVE_AFTER.exec(text);
  if (after?.[1]) {
    const start = c.end + after[0].indexOf(after[1]);
    return span(text, start, start + after[1].length);
  }
  const offset = Math.max(0, c.start - 24);
  const before = KOREAN_WORD_BEFORE.exec(text.slice(offset, c.start));
  const word = before?.[1];
  if (!before || word === undefined || lang.stopWords.has(word)) return undefined;
  // "러시아에", "전년보다": a word that ends in another particle is no counted noun.
  if (before[2] === undefined && /(?:에|에서|보다|로|으로|부터|까지|와|과|의|만)$/u.test(word)) return undefined;
  const start = offset + before.index + before[0].indexOf(word);
  return span(text, start, start + word.length);
}

function findJapaneseNoun(text: string, c: Candidate): TextSpan | undefined {
  JAPANESE_NOUN_AFTER.lastIndex = c.end;
  const after = JAPANESE_NOUN_AFTER.exec(text);
  if (after?.[1]) return span(text, c.end + 1, c.end + after[0].length);
  const offset = Math.max(0, c.start - 12);
  const before = JAPANESE_NOUN_BEFORE.exec(text.slice(offset, c.start));
  if (!before?.[1]) return undefined;
  const start = offset + before.index;
  return span(text, start, start + before[1].length);
}

/**
 * Chinese has no spaces, so a noun after a counter ends where a head character of a noun stands
 * ("朝鲜工人被派往" -> "朝鲜工人", "公司雇用" -> "公司"), or after two characters.
 */
function cutChineseNoun(run: string): string {
  const head = CHINESE_NOUN_HEAD.exec(run);
  return head ? head[0] : run.slice(0, 2);
}

function findChineseNoun(text: string, c: Candidate): TextSpan | undefined {
  CHINESE_NOUN_AFTER.lastIndex = c.end;
  const after = c.isCounter ? CHINESE_NOUN_AFTER.exec(text) : null;
  if (after) return span(text, c.end, c.end + cutChineseNoun(after[0]).length);
  const offset = Math.max(0, c.start - MAX_CHARS);
  const before = CHINESE_NOUN_BEFORE.exec(text.slice(offset, c.start));
  if (!before) return undefined;
  return span(text, offset + before.index, c.start);
}

/**
 * What a Korean, Japanese or Chinese figure counts. These languages often name the noun before
 * the number ("노동자는 약 1만5천 명", "労働者約1万5千人") or after a genitive ("1만 명의 노동자",
 * "1万人の労働者"), and Chinese after the counter ("1.5万名朝鲜工人").
 */
export function findCjkNouns(text: string, c: Candidate, lang: CompiledLanguage): FigureNouns {
  if (c.unit !== "count" && c.unit !== "ratio") return {};
  const code = lang.source.code;
  const noun =
    code === "ko" ? findKoreanNoun(text, c, lang) : code === "ja" ? findJapaneseNoun(text, c) : findChineseNoun(text, c);
  return noun ? { noun } : {};
}
