import type { CompiledLanguage } from "./compile-language.ts";
import type { Atom } from "./figure-candidate.ts";

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NOT_AFTER = String.raw`(?<![\p{Script=Latin}\p{N}.,])`;

// Korean spaces its numbers by myriads: "1만 5000명", "1억 2천만". Korean units follow digits only,
// and a myriad right after the next number starts a new figure: "1만 2만" is two.
const KOREAN_RE = new RegExp(
  String.raw`${NOT_AFTER}(?:${NUM})(?:\s?[십백천만억조]+(?:\s?(?:${NUM})(?!\s?[만억조]))?)*`,
  "gu",
);
// Chinese and Japanese mix digits and characters without spaces: "1万5千", "1.5万", "十二", "百余".
const HAN_RE = new RegExp(
  String.raw`${NOT_AFTER}(?:${NUM}|[〇零一二两兩三四五六七八九十百千])(?:${NUM}|[〇零一二两兩三四五六七八九十百千万萬亿億兆])*`,
  "gu",
);
// Korean native numerals count people, times and hours: "열두 시간", "두 배"; "한" (one) never alone.
const NATIVE_RE =
  /(?<![가-힣])(?:(열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)\s?(한|두|세|네|다섯|여섯|일곱|여덟|아홉)?|(두|세|네|다섯|여섯|일곱|여덟|아홉))(?=\s?(?:명|배|시간|곳|개|차례|가지|달)(?!째))/gu;
// A Han numeral with no digit is a number only before a counter or unit ("十二小时", "百余人", "九成").
const HAN_COUNTER_AFTER = /(?:余り|余|多|あまり)?[人名个個位倍成割小時时間间年天日家社件次万萬美元円ドルルーブル卢布%％カヶか]/uy;

// The low end of a range shares the high end's counter: "一百至二百美元", "三到五天".
const HAN_RANGE_AFTER = /\s?[至到～〜~－–-]\s?[一二两兩三四五六七八九十百千]/uy;
// Two neighbouring numerals say "one or two", "two or three thousand": "一两天", "两三千人", "三四百".
const HAN_PAIR_RE =
  /(?<![〇零一二两兩三四五六七八九十百千万萬亿億\d])([一二两兩三四五六七八九])([二两兩三四五六七八九])([十百千万萬]?)(?=[十百千万萬]?(?:余り|余|多|あまり)?[人名个個位倍天日家社件次年週周])/gu;
// Korean native numerals that name a span: "한두 번" is once or twice, "서너 명" three or four people.
const NATIVE_PAIRS: Record<string, [number, number]> = {
  한두: [1, 2], 두세: [2, 3], 두서너: [2, 4], 서너: [3, 4], 너덧: [4, 5], 네댓: [4, 5], 대여섯: [5, 6], 예닐곱: [6, 7],
};
const NATIVE_PAIR_RE = /(?<![가-힣])(두서너|한두|두세|서너|너덧|네댓|대여섯|예닐곱)(?=\s?(?:명|배|시간|곳|개|차례|가지|달|번|회|일|주)(?!째))/gu;

const DIGIT_VALUE: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 십: 10, 백: 100, 천: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12, 만: 1e4, 억: 1e8, 조: 1e12 };
const NATIVE_TENS: Record<string, number> = {
  열: 10, 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90,
};
const NATIVE_UNITS: Record<string, number> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9 };
const TOKEN_RE = new RegExp(`${NUM}|\\S`, "gu");

type CjkReading = { value: number; factor: number; hasDigits: boolean; isGrouped: boolean; isInteger: boolean };

/** Reads "1만 5000", "1億2千万", "一万五千", "十二": myriads multiply the smaller units before them. */
function readCjkNumber(written: string): CjkReading {
  let total = 0;
  let section = 0;
  let num: number | null = null;
  let factor = 1;
  for (const [token] of written.matchAll(TOKEN_RE)) {
    const digit = DIGIT_VALUE[token];
    if (/^\d/.test(token)) num = Number(token.replace(/,/g, ""));
    else if (digit !== undefined) num = num === null ? digit : num * 10 + digit;
    else if (SMALL_UNIT[token] !== undefined) {
      section += (num ?? 1) * SMALL_UNIT[token];
      num = null;
    } else if (BIG_UNIT[token] !== undefined) {
      section += num ?? 0;
      factor = BIG_UNIT[token];
      total += (section || 1) * factor;
      section = 0;
      num = null;
    }
  }
  const value = total + section + (num ?? 0);
  return {
    value,
    factor,
    hasDigits: /\d/.test(written),
    isGrouped: /\d,\d{3}/.test(written),
    isInteger: !/\d\.\d/.test(written) || Number.isInteger(value),
  };
}

function toAtom(start: number, written: string, reading: CjkReading): Atom {
  const plain = reading.hasDigits && reading.factor === 1 && !/[十百千십백천]/u.test(written);
  const integerDigits = plain ? (written.split(".")[0] ?? "").replace(/\D/g, "").length : 0;
  return {
    start, end: start + written.length, value: reading.value, low: null, high: null,
    raw: reading.value / reading.factor, factor: reading.factor, form: reading.hasDigits ? "digits" : "words",
    isGrouped: reading.isGrouped, isInteger: reading.isInteger, integerDigits, priority: 0,
    takesOf: reading.factor > 1,
  };
}

/**
 * "一百五十万", "二十四万": a numeral with a digit character and a myriad is a number with no
 * counter after it; "千万" (by all means) and "万一" (in case) have no digit character or start with one.
 */
function isSpelledMyriads(written: string, reading: CjkReading): boolean {
  return reading.factor >= 1e4 && /[一二两兩三四五六七八九]/u.test(written);
}

function findNumeralAtoms(text: string, lang: CompiledLanguage): Atom[] {
  const atoms: Atom[] = [];
  const re = lang.source.code === "ko" ? KOREAN_RE : HAN_RE;
  for (const match of text.matchAll(re)) {
    const written = match[0].trimEnd();
    const reading = readCjkNumber(written);
    if (!reading.hasDigits && !isSpelledMyriads(written, reading)) {
      const end = match.index + written.length;
      HAN_COUNTER_AFTER.lastIndex = end;
      HAN_RANGE_AFTER.lastIndex = end;
      if (reading.value <= 1 || !(HAN_COUNTER_AFTER.test(text) || HAN_RANGE_AFTER.test(text))) continue;
    }
    atoms.push(toAtom(match.index, written, reading));
  }
  return atoms;
}

/** A span of two small numbers written as one word: "一两天", "两三千", "한두 번". */
function toPairAtom(start: number, written: string, low: number, high: number): Atom {
  return {
    start, end: start + written.length, value: null, low, high, raw: low, factor: 1, form: "words",
    isGrouped: false, isInteger: true, integerDigits: 0, qualifier: "range", priority: 1,
  };
}

function findPairAtoms(text: string, lang: CompiledLanguage): Atom[] {
  const atoms: Atom[] = [];
  if (lang.source.code === "ko") {
    for (const match of text.matchAll(NATIVE_PAIR_RE)) {
      const [low, high] = NATIVE_PAIRS[match[0]] ?? [0, 0];
      atoms.push(toPairAtom(match.index, match[0], low, high));
    }
    return atoms;
  }
  for (const match of text.matchAll(HAN_PAIR_RE)) {
    const low = DIGIT_VALUE[match[1] ?? ""] ?? 0;
    const high = DIGIT_VALUE[match[2] ?? ""] ?? 0;
    if (high !== low + 1) continue;
    const scale = match[3] ? (SMALL_UNIT[match[3]] ?? BIG_UNIT[match[3]] ?? 1) : 1;
    atoms.push(toPairAtom(match.index, match[0], low * scale, high * scale));
  }
  return atoms;
}

function findNativeKoreanAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const match of text.matchAll(NATIVE_RE)) {
    const value = (NATIVE_TENS[match[1] ?? ""] ?? 0) + (NATIVE_UNITS[match[2] ?? match[3] ?? ""] ?? 0);
    if (value < 2) continue;
    const written = match[0].trimEnd();
    atoms.push(toAtom(match.index, written, { value, factor: 1, hasDigits: false, isGrouped: false, isInteger: true }));
  }
  return atoms;
}

const HAN_NUM = `(?:${NUM}|[〇零一二两兩三四五六七八九十百千]+)`;
/** Shares: "3분의 1", "10명 중 9명", "3分の1", "10人に1人", "三分之一", "百分之九十". */
const FRACTION_RES: Record<string, Array<{ re: RegExp; isPercent?: boolean }>> = {
  ko: [{ re: new RegExp(`(?<d>${NUM})\\s?분의\\s?(?<n>${NUM})`, "gu") }, {
    re: new RegExp(`(?<d>${NUM})\\s?명\\s?(?:중|가운데)\\s?(?<n>${NUM})\\s?명`, "gu"),
  }],
  ja: [{ re: new RegExp(`(?<d>${HAN_NUM})分の(?<n>${HAN_NUM})`, "gu") }, {
    re: new RegExp(`(?<d>${NUM})人に(?<n>${NUM})人`, "gu"),
  }],
  zh: [
    { re: new RegExp(`百分之(?<n>${HAN_NUM})`, "gu"), isPercent: true },
    { re: new RegExp(`(?<![百])(?<d>${HAN_NUM})分之(?<n>${HAN_NUM})`, "gu") },
  ],
};

function findCjkFractions(text: string, lang: CompiledLanguage): Atom[] {
  const atoms: Atom[] = [];
  for (const { re, isPercent } of FRACTION_RES[lang.source.code] ?? []) {
    for (const match of text.matchAll(re)) {
      const n = readCjkNumber(match.groups?.n ?? "").value;
      const d = isPercent ? 100 : readCjkNumber(match.groups?.d ?? "").value;
      if (!(n > 0 && n < d)) continue;
      const value = Math.round((n / d) * 1000) / 10;
      atoms.push({
        start: match.index, end: match.index + match[0].length, value, low: null, high: null, raw: value,
        factor: 1, form: "fraction", isGrouped: false, isInteger: Number.isInteger(value), integerDigits: 0,
        unit: "percent", priority: 3,
      });
    }
  }
  return atoms;
}

/** Numbers in Korean, Japanese and Chinese text: digits with myriads, Han and native numerals, shares. */
export function findCjkAtoms(text: string, lang: CompiledLanguage): Atom[] {
  const native = lang.source.code === "ko" ? findNativeKoreanAtoms(text) : [];
  return [...findNumeralAtoms(text, lang), ...native, ...findPairAtoms(text, lang), ...findCjkFractions(text, lang)];
}
