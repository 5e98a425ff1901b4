// Builders for the verdict and alert-decision tables: claims shaped like the catalog's, and
// figures written as compactly as a reviewer reads them.
import { type Claim, claimSchema, type FigureValue, type Qualifier, type Unit } from "@claimwatch/domain";

type ClaimShape = {
  unit?: Unit;
  currency?: string;
  value?: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  tolerance?: number;
};

export function makeClaim(key: string, shape: ClaimShape): Claim {
  const { unit = "count", currency, value, low, high, qualifier, tolerance = 0.05 } = shape;
  // Parsed, so that the catalog's defaults apply exactly as they do to the real file.
  return claimSchema.parse({
    key,
    description: key.replaceAll("_", " "),
    unit,
    ...(currency ? { currency } : {}),
    baseline: { value, low, high, qualifier },
    source: { name: "test source", date: "2025-05" },
    cues: { en: ["test"] },
    plausible: { min: 0, max: 1e9 },
    tolerance,
  });
}

/** A single number: `num(15000, "about")`, `num(90, "more_than", "percent")`. */
export function num(value: number, qualifier: Qualifier = "exact", unit: Unit = "count", currency?: string): FigureValue {
  return { value, low: null, high: null, unit, qualifier, currency: currency ?? null };
}

/** A range: `range(100, 200, "usd")`. */
export function range(low: number, high: number, unit: Unit = "count", currency?: string): FigureValue {
  return { value: null, low, high, unit, qualifier: "range", currency: currency ?? null };
}

/** A vague amount kept as an interval: "tens of thousands" is `vague(10000, 99999)`. */
export function vague(low: number, high: number, unit: Unit = "count"): FigureValue {
  return { value: null, low, high, unit, qualifier: "vague", currency: null };
}

export const claims = {
  workers: makeClaim("nk_workers_in_russia", { value: 15000, qualifier: "about", tolerance: 0.1 }),
  shortage: makeClaim("ru_labor_shortage_current", { value: 1_500_000, qualifier: "exact" }),
  shortageStrict: makeClaim("shortage_with_tolerance_0", { value: 1_500_000, qualifier: "exact", tolerance: 0 }),
  wageShare: makeClaim("regime_wage_share", { unit: "percent", value: 90, qualifier: "more_than" }),
  companies: makeClaim("companies_employing", { value: 120, qualifier: "at_least" }),
  injured: makeClaim("kyiv_strike_injured", { value: 90, qualifier: "nearly" }),
  killed: makeClaim("kyiv_strike_killed", { value: 12, qualifier: "exact", tolerance: 0 }),
  pay: makeClaim("worker_monthly_pay_usd", { unit: "usd", low: 100, high: 200, qualifier: "range" }),
  orlovTarget: makeClaim("orlov_target_workers", { value: 300, qualifier: "more_than" }),
  troopsAdditional: makeClaim("nk_troops_additional", { value: 3000, qualifier: "exact" }),
  arrivalsGrowth: makeClaim("nk_arrivals_growth", { unit: "fold", value: 12, qualifier: "exact" }),
  rubPay: makeClaim("pay_in_roubles", { unit: "money", currency: "RUB", value: 45000, qualifier: "about" }),
};
