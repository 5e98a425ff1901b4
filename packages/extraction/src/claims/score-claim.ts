import type { Claim, FigureValue, Unit } from "@claimwatch/domain";
import type { TermHit } from "../mentions/compile-terms.ts";
import type { Sentence } from "../mentions/find-mentions.ts";
import { hasTerm, isPeopleNoun } from "./claim-terms.ts";
import type { FigureContext } from "./read-figure-context.ts";

/** What a claim can see besides the figure's own sentence. */
export type Surroundings = {
  /** Claim-word hits of the sentence before, in the same paragraph (or none). */
  previousHits: TermHit[];
  /** True when the claim's context words are named nearby, by claim index. */
  hasContext: (claimIndex: number) => boolean;
  publishedYear: number | null;
};

/** The least score a figure needs to state a claim. */
export const MIN_SCORE = 2;

// Units a claim measured in `unit` accepts from a figure: a ratio is often written as a count
// ("the work of two Russian workers") or a multiple ("twice").
const ACCEPTED_UNITS: Partial<Record<Unit, readonly Unit[]>> = {
  ratio: ["ratio", "count", "fold"],
  fold: ["fold", "ratio"],
};

/** True when a figure's unit and size can state the claim at all. */
export function fitsClaim(figure: FigureValue, claim: Claim): boolean {
  const units = ACCEPTED_UNITS[claim.unit] ?? [claim.unit];
  if (!units.includes(figure.unit)) return false;
  if (claim.unit === "money" && (figure.currency ?? null) !== (claim.currency ?? null)) return false;
  const { min, max } = claim.plausible;
  if (figure.value !== null) return figure.value >= min && figure.value <= max;
  return figure.low !== null && figure.high !== null && figure.low >= min && figure.high <= max;
}

/**
 * How strongly a figure states a claim, or null when it cannot: the noun it counts, the claim's
 * cue words and how close they stand, words that rule the claim out, the period, and whether the
 * clause counts or plans. Higher is stronger; below MIN_SCORE the figure does not state the claim.
 */
export function scoreClaim(ctx: FigureContext, claim: Claim, i: number, around: Surroundings): number | null {
  if (ctx.isElsewhere) return null;
  if (claim.modality === "fact" && ctx.isIntent) return null;
  if (!fitsPeriod(ctx.years, claim, around.publishedYear)) return null;
  if (claim.context && !around.hasContext(i)) return null;
  const { hits } = ctx.reading;
  const inClause = (h: TermHit) => h.start >= ctx.clause.start && h.end <= ctx.clause.end;
  if (hits.some((h) => inClause(h) && hasTerm(h, "exclude", i) && !overlapsFigure(h, ctx))) return null;

  let score = 0;
  const noun = scoreNoun(ctx, claim, i);
  if (noun === null) return null;
  score += noun;
  score += scoreCues(ctx, i, inClause);
  score += around.previousHits.some((h) => hasTerm(h, "cue", i)) ? 0.6 : 0;
  if (hits.some((h) => !inClause(h) && hasTerm(h, "exclude", i))) score -= 1;
  if (ctx.isSubset) score -= 1.5;
  return score;
}

function scoreNoun(ctx: FigureContext, claim: Claim, i: number): number | null {
  if (!ctx.noun || !claim.nouns) return 0;
  const { hit, isStrong } = ctx.noun;
  if (hasTerm(hit, "noun", i)) return isStrong ? 3 : 1.5;
  // A noun some other claim counts ("soldiers"), and this one does not, rules it out.
  const ownedElsewhere = !isPeopleNoun(hit) && hit.tags.some((t) => t.startsWith("noun:"));
  if (!ownedElsewhere) return 0;
  return isStrong ? null : -1.5;
}

function scoreCues(ctx: FigureContext, i: number, inClause: (h: TermHit) => boolean): number {
  let best = 0;
  let extra = 0;
  for (const h of ctx.reading.hits) {
    if (!hasTerm(h, "cue", i)) continue;
    const d = distance(h, ctx.figure);
    let s: number;
    if (inClause(h)) {
      s = 2.5 - Math.min(1.5, Math.max(0, d - 20) / 80);
      if (best > 0) extra += 0.3;
    } else {
      s = 1.2 - Math.min(0.6, d / 200);
    }
    best = Math.max(best, s);
  }
  return best + Math.min(0.6, extra);
}

/** True when the years a figure is about (if the text says) fall in the claim's period. */
export function fitsPeriod(years: number[], claim: Claim, publishedYear: number | null): boolean {
  if (years.length === 0) return true;
  const from = claim.period?.from ?? Number.NEGATIVE_INFINITY;
  const to = claim.period?.to ?? Number.POSITIVE_INFINITY;
  if (!years.some((y) => y >= from && y <= to)) return false;
  // A count of what is cannot be about a year still to come.
  if (claim.modality === "fact" && publishedYear !== null && years.every((y) => y > publishedYear)) return false;
  return true;
}

function overlapsFigure(h: TermHit, ctx: FigureContext): boolean {
  return h.start < ctx.figure.end && ctx.figure.start < h.end;
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

export type { Sentence };
