import type { FigureValue } from "@claimwatch/domain";

const upperBounds = new Set(["up_to", "nearly", "less_than"]);
const lowerBounds = new Set(["at_least", "more_than"]);
const percentFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/**
 * How far a new figure moved from the old one, in percent, as the subject line shows it:
 * "+233%"; ranges by their ends ("+50%" when both ends moved alike, "bottom +50%, top +25%"
 * otherwise, "+33% to +100%" from a number to a range); a number against a range baseline
 * relative to the end it passed ("+50% above the range"); a bound against a range by the end it
 * names ("top +50%"). Null when no percentage makes sense (a vague amount, a zero baseline).
 */
export function describeChange(from: FigureValue, to: FigureValue): string | null {
  if (from.qualifier === "vague" || to.qualifier === "vague") return null;
  if (from.value !== null) {
    if (to.value !== null) return percentChange(from.value, to.value);
    return spanOfChanges(percentChange(from.value, to.low), percentChange(from.value, to.high), " to ");
  }
  if (to.value === null) {
    const bottom = percentChange(from.low, to.low);
    const top = percentChange(from.high, to.high);
    if (bottom === null || top === null) return null;
    return bottom === top ? bottom : `bottom ${bottom}, top ${top}`;
  }
  return changeAgainstRange(from, to.value, to.qualifier);
}

function changeAgainstRange(range: FigureValue, value: number, qualifier: FigureValue["qualifier"]): string | null {
  if (upperBounds.has(qualifier)) return labelled("top", percentChange(range.high, value));
  if (lowerBounds.has(qualifier)) return labelled("bottom", percentChange(range.low, value));
  if (range.high !== null && value > range.high) return suffixed(percentChange(range.high, value), "above the range");
  if (range.low !== null && value < range.low) return suffixed(percentChange(range.low, value), "below the range");
  return "within the range";
}

function spanOfChanges(a: string | null, b: string | null, joiner: string): string | null {
  if (a === null || b === null) return null;
  return a === b ? a : `${a}${joiner}${b}`;
}

function labelled(label: string, change: string | null): string | null {
  return change === null ? null : `${label} ${change}`;
}

function suffixed(change: string | null, suffix: string): string | null {
  return change === null ? null : `${change} ${suffix}`;
}

/** "+233%", "-6.7%"; one decimal below 10%, whole percents above. */
export function percentChange(from: number | null, to: number | null): string | null {
  if (from === null || to === null || from === 0 || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  const pct = ((to - from) / Math.abs(from)) * 100;
  const rounded = Math.abs(pct) < 10 ? Math.round(pct * 10) / 10 : Math.round(pct);
  const sign = rounded > 0 ? "+" : rounded < 0 ? "-" : "±";
  return `${sign}${percentFormat.format(Math.abs(rounded))}%`;
}
