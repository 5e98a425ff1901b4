import { z } from "zod";

/**
 * What a figure measures. `usd` is money in US dollars; `money` is money in another currency,
 * named by the figure's `currency` (ISO 4217 where known, e.g. "RUB", "KRW", "ISK").
 */
export const unitSchema = z.enum(["count", "percent", "usd", "money", "fold", "hours", "days", "ratio"]);
export type Unit = z.infer<typeof unitSchema>;

/**
 * How the text hedges a figure. `range` goes with low/high; `vague` marks amounts such as
 * "tens of thousands" (kept as an interval in low/high, never alerted).
 */
export const qualifierSchema = z.enum([
  "exact",
  "about",
  "at_least",
  "more_than",
  "nearly",
  "up_to",
  "less_than",
  "range",
  "vague",
]);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** A value as the text states it: either `value`, or an interval `low`..`high` (range or vague). */
export const figureValueSchema = z
  .object({
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    unit: unitSchema,
    qualifier: qualifierSchema,
    currency: z.string().min(1).nullable().optional(),
  })
  .refine((f) => (f.value !== null) !== (f.low !== null && f.high !== null), {
    message: "a figure has either a value or both low and high",
  });
export type FigureValue = z.infer<typeof figureValueSchema>;

/** A figure found in a text, with where it stands. Offsets are into the paragraph it came from. */
export type Figure = FigureValue & {
  /** The exact characters that state the number, e.g. "approximately 15,000". */
  text: string;
  /** The sentence (or clause) quoted as provenance. */
  quote: string;
  /** Index of the paragraph in the article body. */
  paragraph: number;
  start: number;
  end: number;
  /** Direction of a stated change ("up 35 per cent"), when the text gives one. */
  direction?: "up" | "down";
};

/** A figure attached to the tracked claim it states, or to none (`claim: null`). */
export type ClaimedFigure = Figure & { claim: string | null };

export const verdictSchema = z.enum(["agrees", "differs"]);
export type Verdict = z.infer<typeof verdictSchema>;

/** Stable text key of a figure's value, used to dedupe observations and alerts. */
export function valueKey(f: Pick<FigureValue, "value" | "low" | "high" | "unit" | "currency">): string {
  const unit = f.currency ? `${f.unit}:${f.currency}` : f.unit;
  return f.value !== null ? `${unit}=${f.value}` : `${unit}=${f.low}..${f.high}`;
}
