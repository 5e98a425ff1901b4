// TODO(claims): interim stand-in until src/figures/parse-figures.ts lands; delete then.
import type { FigureValue } from "@claimwatch/domain";

export type InterimFigure = FigureValue & { text: string; start: number; end: number };

const WORDS: Record<string, number> = { two: 2, three: 3, twelve: 12, fifteen: 15, ninety: 90, fifty: 50 };
const NUMBER = /(?:(approximately|about|around|some|roughly|nearly|almost|more than|over|at least|up to)\s+)?(\$)?(\d[\d,]*(?:\.\d+)?|two|three|twelve|fifteen|fifty|ninety)(?:\s+(million|thousand))?(-fold|fold|-hour| hours| times|%| per cent| percent)?(?:\s+(?:to|and)\s+\$(\d[\d,]*))?/giu;

export function parseFigures(text: string, _opts: { language: string }): InterimFigure[] {
  const out: InterimFigure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = (m[3] ?? "").toLowerCase();
    let value = WORDS[raw] ?? Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    if (/^(19|20)\d\d$/.test(raw) && !m[4]) continue;
    if (m[4] === "million") value *= 1e6;
    if (m[4] === "thousand") value *= 1e3;
    const suffix = (m[5] ?? "").trim();
    const unit = m[2] ? "usd" : /fold|times/.test(suffix) ? "fold" : /hour/.test(suffix) ? "hours" : /%|cent/.test(suffix) ? "percent" : "count";
    const q = (m[1] ?? "").toLowerCase();
    const qualifier = q === "" ? "exact" : /more|over/.test(q) ? "more_than" : /nearly|almost/.test(q) ? "nearly" : q === "at least" ? "at_least" : q === "up to" ? "up_to" : "about";
    const start = m.index ?? 0;
    if (m[6]) out.push({ value: null, low: value, high: Number(m[6].replace(/,/g, "")), unit, qualifier: "range", text: m[0], start, end: start + m[0].length });
    else out.push({ value, low: null, high: null, unit, qualifier, text: m[0], start, end: start + m[0].length });
  }
  return out;
}
