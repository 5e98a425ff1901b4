import type { Claim, FigureValue, Verdict } from "@claimwatch/domain";

type Comparable = Pick<FigureValue, "value" | "low" | "high" | "unit" | "qualifier"> & { currency?: string | null };

/** The baseline of a claim as a figure value. */
export function baselineValue(claim: Claim): FigureValue {
  const b = claim.baseline;
  return b.qualifier === "range"
    ? { value: null, low: b.low ?? null, high: b.high ?? null, unit: claim.unit, qualifier: "range", currency: claim.currency ?? null }
    : { value: b.value ?? null, low: null, high: null, unit: claim.unit, qualifier: b.qualifier, currency: claim.currency ?? null };
}

function within(a: number, b: number, tolerance: number): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 || Math.abs(a - b) <= tolerance * scale + 1e-9;
}

/**
 * True when two statements of one claim say the same thing, within a relative tolerance.
 * Qualifiers such as "about", "more than" or "nearly" hedge the same anchor number, so
 * "more than 90%" agrees with "90%" while "at least 150" does not agree with "at least 120".
 * A value inside a range agrees with it; two ranges agree when both ends agree.
 * Vague amounts ("tens of thousands") agree with nothing: they are never compared.
 */
export function figuresAgree(a: Comparable, b: Comparable, tolerance: number): boolean {
  if (a.qualifier === "vague" || b.qualifier === "vague") return false;
  if (a.unit !== b.unit || (a.currency ?? null) !== (b.currency ?? null)) return false;
  if (a.value !== null && b.value !== null) return within(a.value, b.value, tolerance);
  if (a.value === null && b.value === null) {
    return within(a.low ?? NaN, b.low ?? NaN, tolerance) && within(a.high ?? NaN, b.high ?? NaN, tolerance);
  }
  const [point, range] = a.value !== null ? [a, b] : [b, a];
  const v = point.value ?? NaN;
  const low = (range.low ?? NaN) * (1 - tolerance);
  const high = (range.high ?? NaN) * (1 + tolerance);
  return v >= low - 1e-9 && v <= high + 1e-9;
}

/**
 * The verdict on a figure attached to a claim: `agrees` when it states the baseline within the
 * claim's tolerance, `differs` when it states something else, null when it cannot be compared
 * (a vague amount, or a unit the claim is not measured in).
 */
export function judgeFigure(figure: Comparable, claim: Claim): Verdict | null {
  if (figure.qualifier === "vague") return null;
  if (figure.unit !== claim.unit) return null;
  return figuresAgree(figure, baselineValue(claim), claim.tolerance) ? "agrees" : "differs";
}
