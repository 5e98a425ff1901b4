// The specification of "changed": one row per case a careful analyst would check. Each row reads
// "<claim's baseline> vs <new figure as written> -> verdict"; the rule numbers refer to the doc
// comment of verdict.ts.
import type { Claim, FigureValue, Verdict } from "@claimwatch/domain";
import { describe, expect, it } from "vitest";
import { claims, num, range, vague } from "./__fixtures__/figures.ts";
import { baselineValue, figuresAgree, judgeFigure } from "./verdict.ts";

const c = claims;

const verdictCases: [string, Claim, FigureValue, Verdict | null][] = [
  // Rule 2: tolerance and rounding. nk_workers_in_russia is "about 15,000" with tolerance 10%.
  ['"about 15,000" vs 15,000 -> agrees', c.workers, num(15000), "agrees"],
  ['"about 15,000" vs 15,200 -> agrees (rounding in the text)', c.workers, num(15200), "agrees"],
  ['"about 15,000" vs "approximately 16,000" -> agrees (6%, within 10%)', c.workers, num(16000, "about"), "agrees"],
  ['"about 15,000" vs "some 17,000" -> differs (12% > 10%)', c.workers, num(17000, "about"), "differs"],
  ['"about 15,000" vs 50,000 -> differs', c.workers, num(50000), "differs"],
  ['"about 15,000" vs "more than 15,000" -> agrees (same anchor)', c.workers, num(15000, "more_than"), "agrees"],
  ['"about 15,000" vs "between 12,000 and 16,000" -> agrees (inside the range)', c.workers, range(12000, 16000), "agrees"],
  ['"about 15,000" vs "20,000 to 30,000" -> differs', c.workers, range(20000, 30000), "differs"],
  ['"1.5 million" vs 1,480,000 -> agrees', c.shortage, num(1_480_000), "agrees"],
  ['"1.5 million" vs 1,570,000 -> agrees (4.5%, within 5%)', c.shortage, num(1_570_000), "agrees"],
  ['"1.5 million" vs "1.6 million" -> differs (6.25%)', c.shortage, num(1_600_000), "differs"],
  ['"1.5 million" vs "2.4 million" -> differs', c.shortage, num(2_400_000), "differs"],
  ['tolerance 0: "1.5 million" vs 1,549,000 -> agrees (rounds to 1.5 million)', c.shortageStrict, num(1_549_000), "agrees"],
  ['tolerance 0: "1.5 million" vs 1,450,000 -> agrees (rounds to 1.5 million)', c.shortageStrict, num(1_450_000), "agrees"],
  ['tolerance 0: "1.5 million" vs 1,550,000 -> differs (rounds to 1.6 million)', c.shortageStrict, num(1_550_000), "differs"],
  ['tolerance 0: "1.5 million" vs "1,500,001" -> agrees', c.shortageStrict, num(1_500_001), "agrees"],
  ['12 killed (tolerance 0) vs 13 -> differs', c.killed, num(13), "differs"],
  ['12 killed (tolerance 0) vs "about 12" -> agrees', c.killed, num(12, "about"), "agrees"],
  ['12 killed (tolerance 0) vs "at least 12" -> agrees', c.killed, num(12, "at_least"), "agrees"],
  ['"3,000" further troops vs 3,400 -> differs (a one-digit number is not read as +-500)', c.troopsAdditional, num(3400), "differs"],
  ['"3,000" further troops vs "about 3,100" -> agrees (3%)', c.troopsAdditional, num(3100, "about"), "agrees"],
  ['12-fold vs "twelvefold" -> agrees', c.arrivalsGrowth, num(12, "exact", "fold"), "agrees"],
  ['12-fold vs "nearly 13-fold" -> differs (8%)', c.arrivalsGrowth, num(13, "nearly", "fold"), "differs"],

  // Rule 3: qualifiers hedge an anchor. regime_wage_share is "more than 90%".
  ['"more than 90%" vs "over 90 percent" -> agrees', c.wageShare, num(90, "more_than", "percent"), "agrees"],
  ['"more than 90%" vs "90%" -> agrees', c.wageShare, num(90, "exact", "percent"), "agrees"],
  ['"more than 90%" vs "at least 90%" -> agrees', c.wageShare, num(90, "at_least", "percent"), "agrees"],
  ['"more than 90%" vs "nearly 90%" -> agrees (same anchor)', c.wageShare, num(90, "nearly", "percent"), "agrees"],
  ['"more than 90%" vs "93%" -> agrees (3%)', c.wageShare, num(93, "exact", "percent"), "agrees"],
  ['"more than 90%" vs "95%" -> differs (a new number, though it fits the bound)', c.wageShare, num(95, "exact", "percent"), "differs"],
  ['"more than 90%" vs "80%" -> differs', c.wageShare, num(80, "exact", "percent"), "differs"],
  ['"more than 90%" vs "70% to 90%" -> differs (the bound names the floor, the range puts it at 70)', c.wageShare, range(70, 90, "percent"), "differs"],
  ['"more than 90%" vs 90 workers -> null (a count is not a share)', c.wageShare, num(90), null],
  ['"at least 120" companies vs "more than 120" -> agrees', c.companies, num(120, "more_than"), "agrees"],
  ['"at least 120" companies vs "at least 150" -> differs', c.companies, num(150, "at_least"), "differs"],
  ['"at least 120" companies vs "at least 125" -> agrees (4%)', c.companies, num(125, "at_least"), "agrees"],
  ['"at least 120" companies vs "some 120" -> agrees', c.companies, num(120, "about"), "agrees"],
  ['"nearly 90" injured vs "almost 90" -> agrees', c.injured, num(90, "nearly"), "agrees"],
  ['"nearly 90" injured vs 88 -> agrees', c.injured, num(88), "agrees"],
  ['"nearly 90" injured vs 91 -> agrees (edging past 90 is not news)', c.injured, num(91), "agrees"],
  ['"nearly 90" injured vs 95 -> differs (5.3%)', c.injured, num(95), "differs"],
  ['"nearly 90" injured vs "more than 100" -> differs', c.injured, num(100, "more_than"), "differs"],
  ['"more than 300" hoped-for workers vs 500 -> differs (inside the bound, but a new number)', c.orlovTarget, num(500), "differs"],
  ['"more than 300" hoped-for workers vs "about 300" -> agrees', c.orlovTarget, num(300, "about"), "agrees"],

  // Rule 4: ranges. worker_monthly_pay_usd is "$100 to $200".
  ['"$100 to $200" vs "$100-$200" -> agrees', c.pay, range(100, 200, "usd"), "agrees"],
  ['"$100 to $200" vs "between 100 and 200 dollars" -> agrees', c.pay, range(100, 200, "usd"), "agrees"],
  ['"$100 to $200" vs "$150" -> agrees (inside)', c.pay, num(150, "exact", "usd"), "agrees"],
  ['"$100 to $200" vs "$100" -> agrees (at the bottom)', c.pay, num(100, "exact", "usd"), "agrees"],
  ['"$100 to $200" vs "$205" -> agrees (top within 5%)', c.pay, num(205, "exact", "usd"), "agrees"],
  ['"$100 to $200" vs "$300" -> differs', c.pay, num(300, "exact", "usd"), "differs"],
  ['"$100 to $200" vs "about $50" -> differs', c.pay, num(50, "about", "usd"), "differs"],
  ['"$100 to $200" vs "up to $200" -> agrees (names the top)', c.pay, num(200, "up_to", "usd"), "agrees"],
  ['"$100 to $200" vs "up to $300" -> differs (moves the top)', c.pay, num(300, "up_to", "usd"), "differs"],
  ['"$100 to $200" vs "at least $100" -> agrees (names the bottom)', c.pay, num(100, "at_least", "usd"), "agrees"],
  ['"$100 to $200" vs "more than $150" -> differs (moves the bottom)', c.pay, num(150, "more_than", "usd"), "differs"],
  ['"$100 to $200" vs "$150 to $250" -> differs (both ends moved)', c.pay, range(150, 250, "usd"), "differs"],
  ['"$100 to $200" vs "$120 to $180" -> differs (a narrower spread is a new statement)', c.pay, range(120, 180, "usd"), "differs"],
  ['"$100 to $200" vs "US$ 100-200" written as money in USD -> agrees', c.pay, range(100, 200, "money", "USD"), "agrees"],

  // Rule 1: like with like; vague amounts never compared.
  ['"$100 to $200" vs "9,000 roubles" -> null (another currency)', c.pay, num(9000, "exact", "money", "RUB"), null],
  ['"$100 to $200" vs "150" in an unnamed currency -> null', c.pay, num(150, "exact", "money"), null],
  ['"about 45,000 roubles" vs "44,000 rub" -> agrees (currency case ignored)', c.rubPay, num(44000, "exact", "money", "rub"), "agrees"],
  ['"about 45,000 roubles" vs "$500" -> null', c.rubPay, num(500, "exact", "usd"), null],
  ['"about 15,000" vs "tens of thousands" -> null (vague, never alerts)', c.workers, vague(10000, 99999), null],
  ['"about 15,000" vs "thousands" -> null (vague, even if it covers the baseline)', c.workers, vague(1000, 9999), null],
  ['"about 15,000" vs "15,000 percent" -> null (another unit)', c.workers, num(15000, "exact", "percent"), null],
];

describe("judgeFigure: a figure against its claim's baseline", () => {
  it.each(verdictCases)("%s", (_description, claim, figure, expected) => {
    expect(judgeFigure(figure, claim)).toBe(expected);
  });
});

const agreementCases: [string, FigureValue, FigureValue, number, boolean][] = [
  ["50,000 and 52,000 agree at 5%", num(50000), num(52000), 0.05, true],
  ["50,000 and 60,000 differ at 5%", num(50000), num(60000), 0.05, false],
  ['"about 50,000" and 50,000 agree', num(50000, "about"), num(50000), 0.05, true],
  ['"at least 150" and "at least 120" differ', num(150, "at_least"), num(120, "at_least"), 0.05, false],
  ['"up to 200" and "$100 to $200" agree', num(200, "up_to", "usd"), range(100, 200, "usd"), 0.05, true],
  ['"$300" and "$250 to $350" agree (inside)', num(300, "exact", "usd"), range(250, 350, "usd"), 0.05, true],
  ['"1.5 million" and 1,549,000 agree at tolerance 0', num(1_500_000), num(1_549_000), 0, true],
  ['"15,000" and 15,400 agree at tolerance 0 (15,400 rounds to 15,000)', num(15000), num(15400), 0, true],
  ['"15,000" and 15,500 differ at tolerance 0', num(15000), num(15500), 0, false],
  ['"50" and 54 differ at tolerance 0 ("50" is read as fifty, not as 45-54)', num(50), num(54), 0, false],
  ["two vague amounts never agree, even the same one", vague(10000, 99999), vague(10000, 99999), 0.05, false],
  ['"$100" and "100 roubles" never agree', num(100, "exact", "usd"), num(100, "exact", "money", "RUB"), 0.05, false],
  ["money in unnamed currencies never agrees", num(100, "exact", "money"), num(100, "exact", "money"), 0.05, false],
  ["0 and 0 agree", num(0), num(0), 0, true],
];

describe("figuresAgree: two statements of one claim", () => {
  it.each(agreementCases)("%s", (_description, a, b, tolerance, expected) => {
    expect(figuresAgree(a, b, tolerance)).toBe(expected);
  });

  it.each(agreementCases)("is symmetric: %s", (_description, a, b, tolerance, expected) => {
    expect(figuresAgree(b, a, tolerance)).toBe(expected);
  });
});

describe("baselineValue", () => {
  it("turns a range baseline into a range figure in the claim's unit and currency", () => {
    expect(baselineValue(c.pay)).toEqual({ value: null, low: 100, high: 200, unit: "usd", qualifier: "range", currency: null });
    expect(baselineValue(c.rubPay)).toEqual({ value: 45000, low: null, high: null, unit: "money", qualifier: "about", currency: "RUB" });
  });

  it("agrees with its own claim, for every claim of the table", () => {
    for (const claim of Object.values(c)) expect(judgeFigure(baselineValue(claim), claim)).toBe("agrees");
  });
});
