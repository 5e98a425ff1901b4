// Scores claim attachment, relevance and the recall of unclaimed figures against the labels.
import type { ArticleExtraction, ClaimedFigure } from "@claimwatch/domain";
import type { CorpusDoc, LabelledFigure } from "./load-corpus.ts";

export type Counts = { tp: number; fp: number; fn: number };
export type Rates = Counts & { precision: number; recall: number; f1: number };

/** One mistake, for `--verbose`. */
export type EvalError = {
  doc: string;
  kind: "missed" | "wrong" | "relevance" | "unclaimed-missed";
  expected: string;
  got: string;
  quote: string;
};

export type DocResult = { doc: CorpusDoc; extraction: ArticleExtraction };

export type EvalReport = {
  documents: number;
  claims: Rates;
  perClaim: Record<string, Rates>;
  perLanguage: Record<string, { documents: number; claims: Rates; relevanceAccuracy: number; unclaimedRecall: number | null }>;
  relevanceAccuracy: number;
  unclaimedRecall: number | null;
  errors: EvalError[];
};

type Scored = { claims: Map<string, Counts>; relevant: boolean; unclaimed: { found: number; total: number }; errors: EvalError[] };

/**
 * A predicted figure is right when a labelled figure has its claim and its value (or its low and
 * high). Each (document, claim, value) counts once on either side, so a figure repeated in a
 * teaser and the body is one prediction.
 */
export function scoreExtractions(results: DocResult[]): EvalReport {
  const perClaim = new Map<string, Counts>();
  const perLanguage = new Map<string, { docs: number; claims: Counts; relevantRight: number; unclaimed: { found: number; total: number } }>();
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const unclaimed = { found: 0, total: 0 };
  let relevantRight = 0;
  const errors: EvalError[] = [];
  for (const result of results) {
    const scored = scoreDoc(result);
    const lang = perLanguage.get(result.doc.language) ?? { docs: 0, claims: { tp: 0, fp: 0, fn: 0 }, relevantRight: 0, unclaimed: { found: 0, total: 0 } };
    lang.docs += 1;
    for (const [claim, c] of scored.claims) {
      add(perClaim, claim, c);
      addCounts(total, c);
      addCounts(lang.claims, c);
    }
    if (scored.relevant) {
      relevantRight += 1;
      lang.relevantRight += 1;
    }
    unclaimed.found += scored.unclaimed.found;
    unclaimed.total += scored.unclaimed.total;
    lang.unclaimed.found += scored.unclaimed.found;
    lang.unclaimed.total += scored.unclaimed.total;
    perLanguage.set(result.doc.language, lang);
    errors.push(...scored.errors);
  }
  return {
    documents: results.length,
    claims: rates(total),
    perClaim: Object.fromEntries([...perClaim].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, rates(c)])),
    perLanguage: Object.fromEntries(
      [...perLanguage].sort(([a], [b]) => a.localeCompare(b)).map(([k, l]) => [
        k,
        { documents: l.docs, claims: rates(l.claims), relevanceAccuracy: l.relevantRight / l.docs, unclaimedRecall: ratio(l.unclaimed) },
      ]),
    ),
    relevanceAccuracy: results.length === 0 ? 0 : relevantRight / results.length,
    unclaimedRecall: ratio(unclaimed),
    errors,
  };
}

function scoreDoc({ doc, extraction }: DocResult): Scored {
  const errors: EvalError[] = [];
  const claims = new Map<string, Counts>();
  const gold = dedupe(doc.labels.figures.filter((f) => f.claim !== null), (f) => `${f.claim}|${labelValue(f)}`);
  const predicted = dedupe(extraction.figures.filter((f) => f.claim !== null), (f) => `${f.claim}|${figureValue(f)}`);
  for (const p of predicted) {
    const claim = p.claim ?? "";
    const hit = gold.some((g) => g.claim === claim && sameValue(g, p));
    add(claims, claim, { tp: hit ? 1 : 0, fp: hit ? 0 : 1, fn: 0 });
    if (!hit) {
      const truth = doc.labels.figures.find((g) => sameValue(g, p) && overlaps(g.quote, p.quote));
      errors.push({ doc: doc.id, kind: "wrong", expected: truth ? `${truth.claim ?? "null"} ${labelValue(truth)}` : "(not a labelled claim figure)", got: `${claim} ${figureValue(p)}`, quote: p.quote });
    }
  }
  for (const g of gold) {
    const claim = g.claim ?? "";
    if (predicted.some((p) => p.claim === claim && sameValue(g, p))) continue;
    add(claims, claim, { tp: 0, fp: 0, fn: 1 });
    const near = extraction.figures.find((p) => sameValue(g, p));
    errors.push({ doc: doc.id, kind: "missed", expected: `${claim} ${labelValue(g)}`, got: near ? `${near.claim ?? "null"} ${figureValue(near)}` : "(no such figure)", quote: g.quote });
  }
  const nulls = doc.labels.figures.filter((f) => f.claim === null);
  let found = 0;
  for (const g of nulls) {
    if (extraction.figures.some((p) => p.claim === null && sameValue(g, p))) found += 1;
    else {
      const near = extraction.figures.find((p) => sameValue(g, p));
      errors.push({ doc: doc.id, kind: "unclaimed-missed", expected: `null ${labelValue(g)}`, got: near ? `${near.claim} ${figureValue(near)}` : "(no such figure)", quote: g.quote });
    }
  }
  const relevant = extraction.relevant === doc.labels.relevant;
  if (!relevant) errors.push({ doc: doc.id, kind: "relevance", expected: `relevant=${doc.labels.relevant}`, got: `relevant=${extraction.relevant}`, quote: doc.labels.title });
  return { claims, relevant, unclaimed: { found, total: nulls.length }, errors };
}

function sameValue(g: LabelledFigure, p: ClaimedFigure): boolean {
  if (g.value !== undefined) return p.value !== null && close(p.value, g.value);
  return p.low !== null && p.high !== null && close(p.low, g.low ?? NaN) && close(p.high, g.high ?? NaN);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || b.includes(a.slice(0, 20));
}

function labelValue(f: LabelledFigure): string {
  return f.value !== undefined ? String(f.value) : `${f.low}..${f.high}`;
}

function figureValue(f: ClaimedFigure): string {
  return f.value !== null ? String(f.value) : `${f.low}..${f.high}`;
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

function add(map: Map<string, Counts>, key: string, c: Counts): void {
  const cur = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  addCounts(cur, c);
  map.set(key, cur);
}

function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export function rates(c: Counts): Rates {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function ratio(x: { found: number; total: number }): number | null {
  return x.total === 0 ? null : x.found / x.total;
}
