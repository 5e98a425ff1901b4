import type { FigureValue } from "@claimwatch/domain";
import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-change.ts";
import { formatFigure } from "./format-figure.ts";

const f = (fields: Partial<FigureValue>): FigureValue => ({
  value: null,
  low: null,
  high: null,
  unit: "count",
  qualifier: "exact",
  currency: null,
  ...fields,
});

describe("formatFigure", () => {
  it.each<[string, Partial<FigureValue>]>([
    ["about 15,000", { value: 15000, qualifier: "about" }],
    ["more than 90%", { value: 90, qualifier: "more_than", unit: "percent" }],
    ["$100–$200", { low: 100, high: 200, qualifier: "range", unit: "usd" }],
    ["12-fold", { value: 12, unit: "fold" }],
    ["12 hours", { value: 12, unit: "hours" }],
    ["1 hour", { value: 1, unit: "hours" }],
    ["1.5 million", { value: 1_500_000 }],
    ["2.4 million", { value: 2_400_000 }],
    ["1,549,321", { value: 1_549_321 }],
    ["1.5–2.4 million", { low: 1_500_000, high: 2_400_000, qualifier: "range" }],
    ["at least 120", { value: 120, qualifier: "at_least" }],
    ["nearly 90", { value: 90, qualifier: "nearly" }],
    ["up to $200", { value: 200, qualifier: "up_to", unit: "usd" }],
    ["less than 3 days", { value: 3, qualifier: "less_than", unit: "days" }],
    ["45,000 RUB", { value: 45000, unit: "money", currency: "rub" }],
    ["100–200 KRW", { low: 100, high: 200, qualifier: "range", unit: "money", currency: "KRW" }],
    ["70–90%", { low: 70, high: 90, qualifier: "range", unit: "percent" }],
    ["2:1", { value: 2, unit: "ratio" }],
    ["2.5-fold", { value: 2.5, unit: "fold" }],
    ["10,000–99,999 (vague)", { low: 10000, high: 99999, qualifier: "vague" }],
  ])("writes %s", (expected, fields) => {
    expect(formatFigure(f(fields))).toBe(expected);
  });
});

describe("describeChange", () => {
  it.each<[string, string | null, Partial<FigureValue>, Partial<FigureValue>]>([
    ["a rise from a point", "+233%", { value: 15000, qualifier: "about" }, { value: 50000 }],
    ["a small fall, to one decimal", "-6.7%", { value: 15000 }, { value: 14000 }],
    ["no change", "±0%", { value: 120, qualifier: "at_least" }, { value: 120, qualifier: "more_than" }],
    ["a point above a range, from its top", "+50% above the range", { low: 100, high: 200, qualifier: "range" }, { value: 300 }],
    ["a point below a range, from its bottom", "-50% below the range", { low: 100, high: 200, qualifier: "range" }, { value: 50 }],
    ['an "up to" against a range, by the top', "top +50%", { low: 100, high: 200, qualifier: "range" }, { value: 300, qualifier: "up_to" }],
    ['a "more than" against a range, by the bottom', "bottom +50%", { low: 100, high: 200, qualifier: "range" }, { value: 150, qualifier: "more_than" }],
    ["a range shifted evenly", "+50%", { low: 100, high: 200, qualifier: "range" }, { low: 150, high: 300, qualifier: "range" }],
    ["a range moved unevenly", "bottom +50%, top +25%", { low: 100, high: 200, qualifier: "range" }, { low: 150, high: 250, qualifier: "range" }],
    ["a point widened into a range", "+33% to +100%", { value: 15000 }, { low: 20000, high: 30000, qualifier: "range" }],
    ["nothing for a vague amount", null, { value: 15000 }, { low: 10000, high: 99999, qualifier: "vague" }],
    ["nothing from a zero baseline", null, { value: 0 }, { value: 5 }],
  ])("describes %s", (_description, expected, from, to) => {
    expect(describeChange(f(from), f(to))).toBe(expected);
  });
});
