import type { LanguageSource, UnitRule } from "../language-source.ts";
import { cjk, currencyCodesAfter, percentSign } from "./shared.ts";

// A Korean unit or counter ends its word, or a particle follows it: "명이", "원을", "배로".
const END = "(?:(?![가-힣])|(?=[을를이가은는의에도로으씩과와만까다였인]))";
const unit = (re: string): string => `${cjk(re)}${END}`;
const vague = (re: string, low: number, high: number) => ({
  re: `(?<![가-힣])(?:${re})`,
  low,
  high,
  qualifier: "vague" as const,
});
const counter = (re: string): UnitRule => ({ re: unit(re), unit: "count", isCounter: true });

export const ko: LanguageSource = {
  code: "ko",
  hasDecimalComma: false,
  isCjk: true,
  words: {},
  scales: [],
  phrases: [
    vague("수백만", 2e6, 9999999),
    vague("수십만", 2e5, 999999),
    vague("수만", 2e4, 99999),
    vague("수천", 2e3, 9999),
    vague("수백", 200, 999),
    vague("수십", 20, 99),
    { re: "(?<![가-힣])절반", value: 50, unit: "percent", form: "fraction" },
  ],
  denominators: {},
  ratioConnectors: [],
  qualifiersBefore: [
    ["약", "about"], ["대략", "about"], ["거의", "nearly"], ["최소", "at_least"], ["적어도", "at_least"],
    ["최대", "up_to"], ["많게는", "up_to"], ["불과", "exact"], ["겨우", "exact"], ["단", "exact"], ["무려", "exact"],
  ],
  qualifiersAfter: [
    ["여", "more_than"],
    [unit("이상"), "at_least"],
    [unit("이하"), "up_to"],
    [unit("미만"), "less_than"],
    [unit("가량|정도|쯤|안팎|내외|규모|수준"), "about"],
    [unit("남짓|이상이"), "more_than"],
    // A verb of exceeding, in any ending: "넘는", "넘어선", "넘어섰고".
    [cjk("(?:을|를|이|가)?\\s?넘(?:는|게|어서|어섰|어선|어|었|은)"), "more_than"],
    [unit("가까이|가까운|육박"), "nearly"],
  ],
  units: [
    { re: cjk("%p|%포인트|퍼센트포인트|%\\s?포인트"), unit: "percent", isPoints: true },
    percentSign,
    { re: unit("퍼센트|프로"), unit: "percent" },
    // 할 is a tenth: "임금의 9할" is 90 percent of the wage.
    { re: unit("할"), unit: "percent", factor: 10 },
    { re: unit("달러|불"), unit: "usd" },
    { re: unit("북한\\s?원"), unit: "money", currency: "KPW" },
    { re: unit("원"), unit: "money", currency: "KRW" },
    { re: unit("루블"), unit: "money", currency: "RUB" },
    { re: unit("유로"), unit: "money", currency: "EUR" },
    { re: unit("위안"), unit: "money", currency: "CNY" },
    { re: unit("엔"), unit: "money", currency: "JPY" },
    ...currencyCodesAfter,
    { re: unit("배"), unit: "fold" },
    { re: unit("시간"), unit: "hours" },
    { re: unit("일간|일\\s동안"), unit: "days" },
    // A bare 일 after a number is a date and masked, except at the end of a span: "1~2일".
    { re: unit("일"), unit: "days" },
    { re: unit("년대"), unit: "count", isYear: true },
    { re: unit("년"), unit: "count", isYear: true },
    { re: unit("세|살"), unit: "count", isAge: true },
    { re: unit("개월|주일|주간|분간"), unit: "count", isDuration: true },
    { re: unit("명\\s?몫|명분"), unit: "ratio" },
    counter("명|개국|개사|개|곳|건|척|대|차례|번|회|가구"),
  ],
  // "100달러에서 200달러": "에서" joins a range unless "로" and a change follow (changeGaps).
  rangeGaps: [String.raw`\s*[~∼〜～\-–]\s*`, String.raw`\s*에서\s*`],
  rangeFrames: [],
  changeGaps: [{ gap: "에서", after: "(?:으)?로" }],
  // Korean states the change after the figure, often after a particle: "12배로 늘었다".
  changeUp: String.raw`(?:(?:으)?로|나|가|이)?\s*(?:증가|늘|상승|급증|확대|올랐|뛰)`,
  changeDown: String.raw`(?:(?:으)?로|나|가|이)?\s*(?:감소|줄|하락|급감|축소|떨어)`,
  comparatives: "더|많|증가|늘",
  months: "(?!)",
  labels: "결의안?|제",
  stopWords: "지난해 올해 작년 내년 현재 모두 총 또 그리고 이미 당시 최근 이 그 각각 매년 매달 하루 한달".split(" "),
  ofWords: [],
};
