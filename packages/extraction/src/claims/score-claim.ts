import type { Claim, FigureValue, Unit } from "@claimwatch/domain";
import type { TermHit } from "../mentions/compile-terms.ts";
import { hasTerm, isNoun, isPeopleNoun, isTerm, isThingNoun } from "./claim-terms.ts";
import type { FigureContext } from "./read-figure-context.ts";

/** What a claim can see besides the figure's own sentence. */
export type Surroundings = {
  /** Claim-word hits of the sentence before, in the same paragraph (or none). */
  previousHits: TermHit[];
  /** Claim-word hits of the headline. */
  titleHits: TermHit[];
  /** True when the claim's context words are named nearby, by claim index. */
  hasContext: (claimIndex: number) => boolean;
  publishedYear: number | null;
  /** Claims that earlier figures of the same sentence state ("1.9 million, up from 1.5 million"). */
  sentenceClaims: ReadonlySet<string>;
  /** Claims that figures of the sentence before state ("It has since raised that to 20,000"). */
  previousClaims: ReadonlySet<string>;
  /** Score as if periods did not matter: what a figure is about, whatever year it is of. */
  ignoresPeriod?: boolean;
  /** The claim of the figure this one is compared with ("16,800 visas, up from 8,600"). */
  comparedWith?: string;
};

/** The least score a figure needs to state a claim. */
export const MIN_SCORE = 2;

// Units a claim measured in `unit` accepts from a figure: a ratio is often written as a count
// ("the work of two Russian workers") or a multiple ("twice").
const ACCEPTED_UNITS: Partial<Record<Unit, readonly Unit[]>> = {
  ratio: ["ratio", "count", "fold"],
  fold: ["fold", "ratio"],
};

/**
 * True when a figure's unit and size can state the claim at all. A vague amount ("tens of
 * thousands", "dozens") states no claim: it can never be compared with a baseline; nor does the
 * amount of a change ("up 35 per cent") state a level.
 */
export function fitsClaim(figure: FigureValue & { changeRole?: "from" | "to" | "by" }, claim: Claim): boolean {
  if (figure.qualifier === "vague") return false;
  // "Wages rose by 50%" states a change, not a level: only a claim of growth (fold) is a change.
  if (figure.changeRole === "by" && claim.unit !== "fold") return false;
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
  // A figure compared or paired with one of a forecast is a forecast too, without words of its own.
  const modality = around.comparedWith === claim.key && claim.modality === "projection" ? 0 : scoreModality(ctx, claim);
  if (modality === null) return null;
  if (!around.ignoresPeriod && !fitsPeriod(ctx.years, claim, around.publishedYear)) return null;
  // "15,000 troops deployed since last autumn" is a total up to the report: it states a claim tied
  // to one closed period only when the whole span lies in it.
  if (!around.ignoresPeriod && ctx.isSpan && claim.period?.to !== undefined && !isWithinPeriod(ctx.years, claim)) return null;
  if (claim.context && !around.hasContext(i)) return null;
  const inOwnClause = (h: TermHit) => h.start >= ctx.ownClause.start && h.end <= ctx.ownClause.end;
  // "A regional snapshot of a flow put at 15,000 workers nationwide": the whole country outranks a part.
  if (!ctx.isNationwide && ctx.reading.hits.some((h) => (inOwnClause(h) || isInFronted(ctx, h)) && hasTerm(h, "scope", i))) return null;
  // "A strike on Kharkiv in January killed two": a sentence that names another place or time of
  // the claim's event, and not the event's own context word, is about another event.
  if (claim.context && isAboutOtherEvent(ctx, i)) return null;
  const exclusion = scoreExclusions(ctx, i);
  if (exclusion === null) return null;
  const noun = scoreNoun(ctx, claim, i);
  if (noun === null) return null;
  let score = noun + exclusion + modality + scoreCues(ctx, i);
  score += scorePrevious(ctx, around, i);
  // "3,000 early last year": a year inside a claim's closed period says which of two claims of
  // the same thing (the first or the second deployment) a figure states.
  if (!around.ignoresPeriod && isClosedPeriodYear(ctx, claim)) score += PERIOD_BONUS;
  // A figure that goes on about what the last one stated: "up from 1.5 million", "not 12,000".
  // A bare number after a stated one goes on about it ("up from 1.5 million", "In spring it was
  // 15,000"); one with a noun or cue of its own says itself what it counts.
  const isBare = !ctx.hasOwnCue && !ctx.noun?.isStrong && !ctx.isSubset;
  if (isBare && (around.sentenceClaims.has(claim.key) || around.previousClaims.has(claim.key))) score += 1.2;
  // "Up from 8,600 in 2024": what a comparison sets beside a figure is the same thing, when nothing
  // above ruled it out (another period, an excluding word).
  // The comparison word itself may be a cue ("up" in "up from"), so only a part is left out.
  // It outranks what the figure's own weak words suggest.
  if (!ctx.isSubset && around.comparedWith === claim.key) score = Math.max(score, MIN_SCORE) + COMPARED_BONUS;
  if (ctx.isSubset && !isPredicateCue(ctx, i)) {
    // "More than 60 of the companies are in construction": a part named by "of the" is not the
    // whole the claim counts, unless the clause says what the part is ("130 of them enrolled").
    if (isPartitiveAfter(ctx)) return null;
    score -= 1.5;
  }
  return score;
}

// "In the Amur region alone, about 2,000 work on building sites": an opening phrase that holds no
// figure sets the place of the clause after it.
function isInFronted(ctx: FigureContext, h: TermHit): boolean {
  const { fronted } = ctx;
  return fronted !== null && h.start >= fronted.start && h.end <= fronted.end;
}

const PERIOD_BONUS = 0.5;
// Enough for the claim of the figure compared with to outrank what a bare figure's weak words suggest.
const COMPARED_BONUS = 3;

function isClosedPeriodYear(ctx: FigureContext, claim: Claim): boolean {
  return claim.period?.from !== undefined && claim.period.to !== undefined && ctx.years.length > 0 && isWithinPeriod(ctx.years, claim);
}

function isAboutOtherEvent(ctx: FigureContext, i: number): boolean {
  const { hits } = ctx.reading;
  return hits.some((h) => hasTerm(h, "scope", i)) && !hits.some((h) => hasTerm(h, "context", i));
}

function isPartitiveAfter(ctx: FigureContext): boolean {
  return ctx.subsetAt >= ctx.figure.end;
}

// How far after the number the whole of a partitive ("of the companies") may stand.
const WHOLE_AFTER_MAX = 30;

// "Enrolled were only 130 of them" states the part's own claim; "among the dead were two
// children" names the whole ("the dead") after the word that makes the figure a part of it.
function isPredicateCue(ctx: FigureContext, i: number): boolean {
  return ctx.reading.hits.some(
    (h) =>
      hasTerm(h, "cue", i) &&
      h.start >= ctx.ownClause.start &&
      h.end <= ctx.ownClause.end &&
      !(h.start >= ctx.subsetAt && h.end <= ctx.figure.start) &&
      // The whole after "of the" names what the part is taken from, not what it is.
      !(isPartitiveAfter(ctx) && isNoun(h) && h.start - ctx.figure.end <= WHOLE_AFTER_MAX) &&
      !overlaps(h, ctx.figure),
  );
}

// The sentence before may say what a figure is about ("the number of North Korean workers in
// Russia has risen. The NIS now puts it at 22,000 people."): its nouns more than its cues. A cue
// in the headline helps a little.
// A bare total ("Seoul puts the total at 25,000") counts what the sentence before named: its noun
// and cue of a claim count as the figure's own.
function scorePrevious(ctx: FigureContext, around: Surroundings, i: number): number {
  let score = 0;
  const hasNoun = around.previousHits.some((h) => isTerm(h, "noun", i) && !isPeopleNoun(h));
  const hasCue = around.previousHits.some((h) => isTerm(h, "cue", i));
  if (ctx.isBareTotal && !ctx.hasOwnCue && hasNoun) score = hasCue ? 2 : 1.2;
  else if (hasNoun) score = 0.8;
  else if (hasCue) score = 0.5;
  if (around.titleHits.some((h) => isTerm(h, "cue", i) || isTerm(h, "noun", i))) score += 0.4;
  return score;
}

// A plan, hope or forecast states only an intent or projection claim; those need a clause that
// plans or forecasts, or a year of their period ("2.4 million by 2030"); a plan elsewhere in the
// sentence counts for less.
function scoreModality(ctx: FigureContext, claim: Claim): number | null {
  if (claim.modality === "any") return 0;
  if (claim.modality === "fact") return ctx.isIntent ? null : 0;
  if (ctx.isIntent || (claim.period !== undefined && ctx.years.length > 0 && fitsPeriod(ctx.years, claim, null))) return 0;
  return ctx.reading.hasIntent ? -1 : null;
}

// How far an excluding word may stand from the figure and still be about it: right before it
// ("another 3,000", "killing 12") or a little after ("4,700 soldiers were killed").
// German and Russian put the verb last ("3.000 Soldaten in Kämpfen in Kursk getötet"): the gap
// after may be long, as long as no other figure stands in it.
const EXCLUDE_BEFORE = 15;
const EXCLUDE_AFTER = 70;

/**
 * Words that rule the claim out: null when one is about the figure (next to it, or the subject
 * the figure counts), a penalty when one only stands elsewhere in the clause or the sentence.
 */
function scoreExclusions(ctx: FigureContext, i: number): number | null {
  const { hits } = ctx.reading;
  const own = ctx.ownClause;
  const firstNoun = hits.find((h) => isNoun(h) && h.start >= own.start && h.end <= ctx.figure.start);
  const hasNounAfter = ctx.noun?.isStrong === true && ctx.noun.hit.start >= ctx.figure.end;
  let penalty = 0;
  for (const h of hits) {
    // An excluding word counts inside a longer one too: "student visas" rules out workers.
    if (!hasTerm(h, "exclude", i) || overlaps(h, ctx.figure)) continue;
    if (h.start < own.start || h.end > own.end || h.end <= ctx.namedAt) {
      penalty = Math.max(penalty, 0.5);
      continue;
    }
    const isBefore = h.end <= ctx.figure.start;
    const gap = isBefore ? ctx.figure.start - h.end : h.start - ctx.figure.end;
    const isOtherFigureBetween = !isBefore && ctx.reading.figures.some((f) => f.start >= ctx.figure.end && f.end <= h.start);
    if (isBefore ? gap <= EXCLUDE_BEFORE : gap <= EXCLUDE_AFTER && !isOtherFigureBetween) return null;
    // "Casualties among the troops reached 4,700": the excluding word is what the figure counts.
    if (isBefore && !hasNounAfter && (!firstNoun || h.start <= firstNoun.start)) return null;
    penalty = Math.max(penalty, 1.2);
  }
  return -penalty;
}

// The noun a figure counts: a claim's own noun is strong evidence, the more so the fewer claims
// count it ("visas" only one, "workers" several); a noun other claims count, or a thing no claim
// of this kind counts ("hectares"), rules it out. A noun inherited from earlier in the sentence
// counts only when the figure's own clause names no cue word.
function scoreNoun(ctx: FigureContext, claim: Claim, i: number): number | null {
  if (!ctx.noun || !claim.nouns) return 0;
  const { hit, isStrong } = ctx.noun;
  if (hasTerm(hit, "noun", i)) {
    // A noun from earlier in the sentence supports a claim only when the clause says nothing itself.
    if (!isStrong && (ctx.hasOwnCue || ctx.isSubset)) return 0;
    // "People" or "North Koreans" says only that the figure counts people.
    if (isPeopleNoun(hit)) return isStrong ? 0.75 : 0;
    const owners = new Set([...hit.tags, ...hit.innerTags].filter((t) => t.startsWith("noun:"))).size;
    const weight = 1 + 1.5 / Math.max(1, owners);
    return isStrong ? weight : weight / 2;
  }
  const ownedElsewhere = isThingNoun(hit) || hit.tags.some((t) => t.startsWith("noun:"));
  if (!ownedElsewhere) return 0;
  // "8,600 North Koreans got student visas", "비자를 받은 북한 주민은 8600명": people who each
  // received one of the claim's things count those things as well; people who entered on them do not.
  if (isPeopleNoun(hit) && ctx.isReceipt && hasClaimThingNoun(ctx, i)) return 0;
  if (isStrong) return null;
  return ctx.hasOwnCue ? 0 : -1.5;
}

function hasClaimThingNoun(ctx: FigureContext, i: number): boolean {
  const own = ctx.ownClause;
  return ctx.reading.hits.some((h) => hasTerm(h, "noun", i) && !isPeopleNoun(h) && h.start >= own.start && h.end <= own.end);
}

// A cue word in the figure's clause counts most, less the farther it stands; one elsewhere in the
// sentence counts less; a word that only holds the cue ("sent home" holds "sent") counts half.
function scoreCues(ctx: FigureContext, i: number): number {
  let best = 0;
  let extra = 0;
  for (const h of ctx.reading.hits) {
    // "more" in "more than 20,000" is the figure's qualifier, not a cue.
    if (!hasTerm(h, "cue", i) || overlaps(h, ctx.figure)) continue;
    // The end of a change is as near its subject as the change is ("the shortfall, ..., has widened, to 1.7 million").
    const isChangeSubject = ctx.isChangeEnd && h.end <= ctx.ownClause.start;
    const d = (ctx.modifies && overlaps(h, ctx.modifies)) || isChangeSubject ? 0 : distance(h, ctx.figure);
    const inClause = h.start >= ctx.clause.start && h.end <= ctx.clause.end;
    let s = inClause ? 2.5 - Math.min(1.5, Math.max(0, d - 20) / 80) : 1.2 - Math.min(0.6, d / 200);
    if (!isTerm(h, "cue", i)) s *= 0.5;
    if (inClause && best > 0) extra += 0.3;
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

function isWithinPeriod(years: number[], claim: Claim): boolean {
  const from = claim.period?.from ?? Number.NEGATIVE_INFINITY;
  const to = claim.period?.to ?? Number.POSITIVE_INFINITY;
  return years.every((y) => y >= from && y <= to);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}
