import type { FigureValue, Qualifier } from "@claimwatch/domain";

const qualifierWords: Record<Exclude<Qualifier, "range" | "vague">, string> = {
  exact: "",
  about: "about ",
  at_least: "at least ",
  more_than: "more than ",
  nearly: "nearly ",
  up_to: "up to ",
  less_than: "less than ",
};

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * A figure as a reader writes it: "about 15,000", "more than 90%", "$100–$200", "12-fold",
 * "12 hours", "1.5 million", "45,000 RUB", "2:1". Vague amounts read "10,000–99,999 (vague)".
 * Plain text; escape it before putting it in HTML.
 */
export function formatFigure(f: FigureValue): string {
  if (f.value !== null) {
    const prefix = f.qualifier === "range" || f.qualifier === "vague" ? "" : qualifierWords[f.qualifier];
    return prefix + withUnit(f, formatAmount(f.value), f.value === 1);
  }
  const low = f.low ?? Number.NaN;
  const high = f.high ?? Number.NaN;
  const text = formatRange(f, low, high);
  return f.qualifier === "vague" ? `${text} (vague)` : text;
}

function formatRange(f: FigureValue, low: number, high: number): string {
  // "1.5–2.4 million" rather than "1.5 million–2.4 million" when both ends read in millions.
  const scale = sharedScale(low, high);
  if (scale) {
    const span = `${trimScaled(low / scale.size)}–${trimScaled(high / scale.size)} ${scale.word}`;
    return withUnit(f, span, false);
  }
  const span = `${formatAmount(low)}–${formatAmount(high)}`;
  // "$100–$200" repeats the sign on both ends; suffix units are written once ("10–12 hours").
  if (f.unit === "usd") return `$${formatAmount(low)}–$${formatAmount(high)}`;
  return withUnit(f, span, false);
}

function withUnit(f: FigureValue, amount: string, isOne: boolean): string {
  switch (f.unit) {
    case "count":
      return amount;
    case "percent":
      return `${amount}%`;
    case "usd":
      return `$${amount}`;
    case "money":
      return f.currency ? `${amount} ${f.currency.toUpperCase()}` : `${amount} (currency not stated)`;
    case "fold":
      return `${amount}-fold`;
    case "hours":
      return `${amount} ${isOne ? "hour" : "hours"}`;
    case "days":
      return `${amount} ${isOne ? "day" : "days"}`;
    case "ratio":
      return `${amount}:1`;
  }
}

const scales = [
  { size: 1e9, word: "billion", step: 1e7 },
  { size: 1e6, word: "million", step: 1e4 },
] as const;

/** 1,500,000 -> "1.5 million"; 1,549,321 stays "1,549,321" so no precision is invented or lost. */
export function formatAmount(n: number): string {
  if (!Number.isFinite(n)) return "?";
  const scale = scales.find((s) => Math.abs(n) >= s.size && isMultiple(n, s.step));
  return scale ? `${trimScaled(n / scale.size)} ${scale.word}` : numberFormat.format(n);
}

function sharedScale(low: number, high: number): (typeof scales)[number] | undefined {
  return scales.find((s) => Math.abs(low) >= s.size && isMultiple(low, s.step) && isMultiple(high, s.step));
}

function trimScaled(n: number): string {
  return numberFormat.format(Math.round(n * 100) / 100);
}

function isMultiple(n: number, step: number): boolean {
  return Math.abs(n / step - Math.round(n / step)) < 1e-9;
}
