import type { Claim, FigureValue, Qualifier, Verdict } from "@claimwatch/domain";

/**
 * When has a figure "changed"? The rules a careful analyst applies, in order; verdict.test.ts
 * holds one row per rule and is the specification.
 *
 * 1. Only like with like. A figure is compared with a claim (or another figure) only when both
 *    measure the same unit; money only in the same currency (`usd` is money in USD, a currency
 *    code's case does not matter, money in an unnamed currency compares with nothing). Vague
 *    amounts ("thousands", "tens of thousands") are recorded but never compared: their verdict is
 *    null and they never alert.
 * 2. Two numbers are the same number when they are within the claim's relative tolerance
 *    (measured against the larger of the two, so the test is symmetric; default 5%) or when one
 *    is the rounding of the other. A round number implies its precision: "1.5 million" stands
 *    for anything from 1,450,000 to 1,549,999, "15,000" for 14,500-15,499. The implied precision
 *    keeps at least two significant digits ("3,000" is read as 3.0 thousand, not as 2,500-3,499,
 *    and "50" as exactly fifty): one-digit rounding would hide a 15% change, and a number that
 *    short is as often exact as rounded. With a tolerance of 5% or more the rounding rule rarely
 *    matters; it is what keeps a claim with tolerance 0 ("1.5 million", exact) from alerting on
 *    1,549,000.
 * 3. Qualifiers hedge an anchor number; they do not change what is claimed. "about", "more than",
 *    "at least", "nearly", "up to", "less than" and a bare number all state their anchor, and two
 *    statements agree when their anchors are the same number (rule 2): "more than 90%" agrees
 *    with "over 90 percent", "90%" and "nearly 90%"; "at least 120" with "more than 120"; "nearly
 *    90" with "almost 90", 88 and 91 (an injured count that edges past 90 is noise, not news).
 *    A bound is not a licence for any value on its open side: "more than 300" and 500 differ,
 *    because 500 is a new number; "at least 150" and "at least 120" differ.
 * 4. A range ("$100 to $200", "$100-$200", "between 100 and 200 dollars") is the spread its
 *    values are drawn from. A number inside it, or at either end within rule 2, agrees. Two
 *    ranges agree when both ends agree; a narrower or shifted range ("$150 to $250") differs.
 *    A lower bound agrees with a range when it names its bottom ("at least $100"), an upper bound
 *    when it names its top ("up to $200"); "up to $300" moves the top and differs.
 */
type Comparable = Pick<FigureValue, "value" | "low" | "high" | "unit" | "qualifier"> & { currency?: string | null };

/** What a statement asserts about the true value. */
type Shape =
  | { kind: "point" | "lower" | "upper"; anchor: number }
  | { kind: "range"; low: number; high: number };

const sideOfQualifier: Record<Exclude<Qualifier, "range" | "vague">, "point" | "lower" | "upper"> = {
  exact: "point",
  about: "point",
  at_least: "lower",
  more_than: "lower",
  nearly: "upper",
  up_to: "upper",
  less_than: "upper",
};

/** The baseline of a claim as a figure value. */
export function baselineValue(claim: Claim): FigureValue {
  const b = claim.baseline;
  const currency = claim.currency ?? null;
  return b.qualifier === "range"
    ? { value: null, low: b.low ?? null, high: b.high ?? null, unit: claim.unit, qualifier: "range", currency }
    : { value: b.value ?? null, low: null, high: null, unit: claim.unit, qualifier: b.qualifier, currency };
}

/**
 * True when two statements of one claim say the same thing (rules above). Symmetric; false
 * whenever either is vague or they are not comparable.
 */
export function figuresAgree(a: Comparable, b: Comparable, tolerance: number): boolean {
  if (!areComparable(a, b)) return false;
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (sa === null || sb === null) return false;
  if (sa.kind === "range" && sb.kind === "range") {
    return sameNumber(sa.low, sb.low, tolerance) && sameNumber(sa.high, sb.high, tolerance);
  }
  if (sa.kind === "range" || sb.kind === "range") {
    const [range, other] = (sa.kind === "range" ? [sa, sb] : [sb, sa]) as [Extract<Shape, { kind: "range" }>, Extract<Shape, { anchor: number }>];
    return agreesWithRange(other, range, tolerance);
  }
  return sameNumber(sa.anchor, sb.anchor, tolerance);
}

/**
 * The verdict on a figure attached to a claim: `agrees` when it states the baseline (rules
 * above), `differs` when it states something else, null when it cannot be compared (a vague
 * amount, another unit or currency than the claim's).
 */
export function judgeFigure(figure: Comparable, claim: Claim): Verdict | null {
  const baseline = baselineValue(claim);
  if (!areComparable(figure, baseline) || shapeOf(figure) === null) return null;
  return figuresAgree(figure, baseline, claim.tolerance) ? "agrees" : "differs";
}

/**
 * How far apart two comparable statements are, relative to the larger (ranges by their middle).
 * Used to pick the closest of several agreeing values; Infinity when they cannot be compared.
 */
export function figureDistance(a: Comparable, b: Comparable): number {
  const sa = areComparable(a, b) ? shapeOf(a) : null;
  const sb = areComparable(a, b) ? shapeOf(b) : null;
  if (sa === null || sb === null) return Number.POSITIVE_INFINITY;
  const ca = centreOf(sa);
  const cb = centreOf(sb);
  const scale = Math.max(Math.abs(ca), Math.abs(cb));
  return scale === 0 ? 0 : Math.abs(ca - cb) / scale;
}

function centreOf(s: Shape): number {
  return s.kind === "range" ? (s.low + s.high) / 2 : s.anchor;
}

function agreesWithRange(other: Extract<Shape, { anchor: number }>, range: { low: number; high: number }, tolerance: number): boolean {
  const { anchor } = other;
  switch (other.kind) {
    case "lower":
      return sameNumber(anchor, range.low, tolerance);
    case "upper":
      return sameNumber(anchor, range.high, tolerance);
    case "point": {
      const aboveLow = anchor >= range.low || sameNumber(anchor, range.low, tolerance);
      const belowHigh = anchor <= range.high || sameNumber(anchor, range.high, tolerance);
      return aboveLow && belowHigh;
    }
  }
}

function shapeOf(f: Comparable): Shape | null {
  if (f.qualifier === "vague") return null;
  if (f.value !== null && Number.isFinite(f.value)) {
    return { kind: f.qualifier === "range" ? "point" : sideOfQualifier[f.qualifier], anchor: f.value };
  }
  if (f.low !== null && f.high !== null && Number.isFinite(f.low) && Number.isFinite(f.high)) {
    return { kind: "range", low: Math.min(f.low, f.high), high: Math.max(f.low, f.high) };
  }
  return null;
}

/** The measure and currency a figure is in; usd is money in USD. */
function measureOf(f: Comparable): string | null {
  if (f.unit === "usd") return "money:USD";
  if (f.unit === "money") return f.currency ? `money:${f.currency.trim().toUpperCase()}` : null;
  return f.unit;
}

function areComparable(a: Comparable, b: Comparable): boolean {
  const ma = measureOf(a);
  return ma !== null && ma === measureOf(b);
}

/** Rule 2: within tolerance, or one is the rounding of the other. */
function sameNumber(a: number, b: number, tolerance: number): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (scale === 0 || Math.abs(a - b) <= tolerance * scale + scale * 1e-12) return true;
  return roundsTo(a, b) || roundsTo(b, a);
}

/** True when `precise` rounded to the precision `round` implies gives `round`. */
function roundsTo(precise: number, round: number): boolean {
  const unit = impliedUnit(round);
  if (unit === 0) return precise === round;
  // Round half up, on magnitudes, so 1,549,999 -> 1.5 million and 1,550,000 -> 1.6 million.
  const rounded = Math.sign(precise) * Math.floor(Math.abs(precise) / unit + 0.5 + 1e-9) * unit;
  return Math.abs(rounded - round) <= unit * 1e-6;
}

/**
 * The precision a written number implies: the place of its last non-zero digit, but keeping at
 * least two significant digits (1,500,000 -> 100,000; 15,000 -> 1,000; 3,000 -> 100; 50 -> 1;
 * 2 -> 0.1; 12.5 -> 0.1).
 */
function impliedUnit(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  let place = magnitude;
  // Walk down to the last non-zero digit; 12 places below the magnitude is past float precision.
  while (place > magnitude - 12 && !isMultipleOf(x, 10 ** place)) place -= 1;
  const significantDigits = magnitude - place + 1;
  return 10 ** (significantDigits < 2 ? magnitude - 1 : place);
}

function isMultipleOf(x: number, unit: number): boolean {
  const q = x / unit;
  return Math.abs(q - Math.round(q)) < 1e-9 * Math.max(1, Math.abs(q));
}
