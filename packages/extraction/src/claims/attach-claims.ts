import { type Catalog, type Claim, type ClaimedFigure, type Figure, valueKey } from "@claimwatch/domain";
import type { TermHit } from "../mentions/compile-terms.ts";
import type { Sentence } from "../mentions/find-mentions.ts";
import { findClaimWords, getClaimTerms, hasTerm } from "./claim-terms.ts";
import { type FigureContext, isComparisonLed, readFigureContext, readSentence, type SentenceReading } from "./read-figure-context.ts";
import { hasRespectively } from "./pair-respectively.ts";
import { fitsClaim, MIN_SCORE, scoreClaim, type Surroundings } from "./score-claim.ts";
import type { Span } from "./split-clauses.ts";

/**
 * A figure found in the body, before it is quoted and attached: offsets into its paragraph. The
 * optional spans (paragraph offsets) are what the figure parser read around the number.
 */
export type LocatedFigure = Omit<Figure, "quote"> & {
  /** The words the number counts ("North Korean workers"). */
  noun?: { start: number; end: number };
  /** What a hyphenated figure describes ("shifts" in "12-hour shifts"). */
  modifies?: { start: number; end: number };
  /** The figure is the start ("from") or end ("to") of a stated change. */
  changeRole?: "from" | "to" | "by";
};

export type AttachInput = {
  figures: LocatedFigure[];
  /** The body's sentences, with the ones that mention the topic marked (findMentions). */
  sentences: Sentence[];
  title: string | null;
  language: string;
  /** ISO date of publication, to read "last year". */
  published: string | null;
  /** Called with every score computed, for tools that explain a decision (eval/explain.ts). */
  trace?: (entry: ScoreTrace) => void;
};

/** One claim's score for one figure, with what was read around the figure. */
export type ScoreTrace = { figure: LocatedFigure; claim: string; score: number | null; context: FigureContext };

// Sentences before and after a figure's sentence that may name a claim's context words ("Orlov"),
// besides the figure's paragraph and the headline: a lead often names the man a sentence later.
const CONTEXT_BEFORE = 3;
const CONTEXT_AFTER = 2;
// Longer sentences are quoted by the part around the figure.
const MAX_QUOTE = 300;

/**
 * Attaches each figure of a topic-mentioning sentence to the tracked claim it states, or to none
 * (claim null). Figures of sentences that do not mention the topic are dropped. A value stated
 * twice for the same claim (a teaser and the body) is kept once, as is a repeated unclaimed value.
 */
export function attachClaims(input: AttachInput, catalog: Catalog): ClaimedFigure[] {
  const doc = readDocument(input, catalog);
  const out: ClaimedFigure[] = [];
  const seen = new Set<string>();
  for (const [sentence, found] of groupBySentence(input.figures, input.sentences)) {
    if (!sentence.isMention) continue;
    const figures = adoptChangeUnits(found);
    const spans = figures.map((f) => ({ start: f.start - sentence.start, end: f.end - sentence.start }));
    const claims = attachSentence(doc, sentence, figures, spans);
    figures.forEach((figure, k) => {
      const claimed = toClaimedFigure(figure, claims[k] ?? null, sentence.text, spans[k] ?? { start: 0, end: 0 });
      const key = `${claimed.claim ?? ""}|${valueKey(claimed)}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(claimed);
    });
  }
  return out;
}

/** What the whole document lends each sentence: its words, headline and earlier decisions. */
type DocumentReading = {
  input: AttachInput;
  catalog: Catalog;
  publishedYear: number | null;
  titleHits: TermHit[];
  hitsOf: (s: Sentence) => TermHit[];
  claimsBySentence: Map<number, Set<string>>;
};

function readDocument(input: AttachInput, catalog: Catalog): DocumentReading {
  const terms = getClaimTerms(catalog, input.language);
  const hitsCache = new Map<number, TermHit[]>();
  return {
    input,
    catalog,
    publishedYear: readYear(input.published),
    titleHits: input.title ? findClaimWords(terms, input.title, input.language) : [],
    hitsOf: (s) => {
      let hits = hitsCache.get(s.index);
      if (!hits) hitsCache.set(s.index, (hits = findClaimWords(terms, s.text, input.language)));
      return hits;
    },
    claimsBySentence: new Map(),
  };
}

function attachSentence(doc: DocumentReading, sentence: Sentence, figures: LocatedFigure[], spans: Span[]): Array<Claim | null> {
  const { input } = doc;
  const reading = readSentence(sentence, spans, { language: input.language, publishedYear: doc.publishedYear, hits: doc.hitsOf(sentence) });
  const around = describeSurroundings(doc, sentence);
  const choose = (k: number, with_: Surroundings = around) =>
    chooseClaim(figures[k] as LocatedFigure, reading, spans[k] ?? { start: 0, end: 0 }, {
      catalog: doc.catalog,
      language: input.language,
      around: with_,
      sentenceStart: sentence.start,
      trace: input.trace,
    });
  // "Earlier the ministry put them at 1.5 million and 2.4 million respectively": a list with no
  // times of its own pairs with the claims the sentence before stated, in order.
  const earlier = reading.respective.size === 0 && hasRespectively(sentence.text, input.language) ? [...around.previousClaims] : [];
  const pairsEarlier = earlier.length >= 2 && earlier.length === figures.length;
  const claims = figures.map((_, k) => {
    const paired = pairsEarlier ? choose(k, { ...around, comparedWith: earlier[k] }) : null;
    const claim = paired && paired.key === earlier[k] ? paired : choose(k);
    if (claim) around.sentenceClaims.add(claim.key);
    return claim;
  });
  // A bare number may go on about a figure after it ("not 12,000 but about 14,000 soldiers"), or
  // about one of another year ("about 12,000 student visas last year, after 8,600 in 2024").
  // "16,800 visas last year, up from 8,600 in 2024": the figure a comparison opens with counts
  // what the figure it is compared with counts.
  const isCompared = figures.map((_, k) => k > 0 && isComparisonLed(reading, spans[k] ?? { start: 0, end: 0 }, input.language));
  if (figures.length > 1 && (claims.some((c) => c === null) || isCompared.some(Boolean))) {
    const topics = figures.map((_, k) => claims[k] ?? choose(k, { ...around, ignoresPeriod: true, sentenceClaims: new Set() }));
    const second = { ...around, sentenceClaims: new Set([...around.sentenceClaims, ...topics.flatMap((t) => (t ? [t.key] : []))]) };
    figures.forEach((_, k) => {
      const partner = isCompared[k] ? topics.slice(0, k).findLast((t) => t !== null) : undefined;
      if (claims[k] && (!partner || claims[k]?.key === partner.key)) return;
      // The comparison decides unless the partner's claim is ruled out (another period, an excluding word).
      const compared = partner ? choose(k, { ...second, comparedWith: partner.key }) : null;
      claims[k] = partner && compared?.key === partner.key ? compared : (claims[k] ?? choose(k, second));
    });
  }
  return claims;
}

function describeSurroundings(doc: DocumentReading, sentence: Sentence): Surroundings & { sentenceClaims: Set<string> } {
  const { sentences } = doc.input;
  const previous = sentences[sentence.index - 1];
  const isSameParagraph = previous !== undefined && previous.paragraph === sentence.paragraph;
  const nearby = sentences.filter(
    (s) => s.paragraph === sentence.paragraph || (s.index >= sentence.index - CONTEXT_BEFORE && s.index <= sentence.index + CONTEXT_AFTER),
  );
  const sentenceClaims = new Set<string>();
  doc.claimsBySentence.set(sentence.index, sentenceClaims);
  return {
    previousHits: isSameParagraph ? doc.hitsOf(previous) : [],
    titleHits: doc.titleHits,
    hasContext: (i) => [doc.titleHits, ...nearby.map(doc.hitsOf)].some((hits) => hits.some((h) => hasTerm(h, "context", i))),
    publishedYear: doc.publishedYear,
    sentenceClaims,
    previousClaims: (isSameParagraph && doc.claimsBySentence.get(previous.index)) || new Set<string>(),
  };
}

type ChooseOptions = {
  catalog: Catalog;
  language: string;
  around: Surroundings;
  sentenceStart: number;
  trace: AttachInput["trace"];
};

function chooseClaim(figure: LocatedFigure, reading: SentenceReading, span: Span, opts: ChooseOptions): Claim | null {
  const candidates = opts.catalog.claims.map((claim, i) => ({ claim, i })).filter(({ claim }) => fitsClaim(figure, claim));
  if (candidates.length === 0) return null;
  const toSentence = (s: { start: number; end: number } | undefined) =>
    s ? { start: s.start - opts.sentenceStart, end: s.end - opts.sentenceStart } : undefined;
  const ctx = readFigureContext(reading, span, opts.language, {
    noun: toSentence(figure.noun),
    modifies: toSentence(figure.modifies),
    unit: figure.unit,
    changeRole: figure.changeRole,
  });
  let best: { claim: Claim; score: number } | null = null;
  for (const { claim, i } of candidates) {
    const score = scoreClaim(ctx, claim, i, opts.around);
    opts.trace?.({ figure, claim: claim.key, score, context: ctx });
    if (score === null || score < MIN_SCORE) continue;
    if (!best || score > best.score) best = { claim, score };
  }
  return best?.claim ?? null;
}

// The output keeps the domain's figure fields only; a count stated for a ratio claim ("the work of
// two Russian workers") takes the claim's unit so that it can be compared with the baseline.
function toClaimedFigure(figure: LocatedFigure, claim: Claim | null, sentence: string, span: Span): ClaimedFigure {
  const out: ClaimedFigure = {
    value: figure.value,
    low: figure.low,
    high: figure.high,
    unit: claim && claim.unit !== figure.unit ? claim.unit : figure.unit,
    qualifier: figure.qualifier,
    text: figure.text,
    quote: quoteAround(sentence, span),
    paragraph: figure.paragraph,
    start: figure.start,
    end: figure.end,
    claim: claim?.key ?? null,
  };
  if (figure.unit === "money") out.currency = figure.currency ?? null;
  if (figure.direction) out.direction = figure.direction;
  return out;
}

// "up to 16 hours a day, up from 12": the bare end of a change is in the unit of the figure it
// changes from or to. A relative amount of change ("rose twelvefold, to 15,000", "up 20%, to
// 1.8 million") says nothing of the unit of the level it reaches.
function adoptChangeUnits(figures: LocatedFigure[]): LocatedFigure[] {
  return figures.map((f, k) => {
    if (!f.changeRole || f.unit !== "count" || f.noun) return f;
    const partner = [figures[k - 1], figures[k + 1]].find((p) => p !== undefined && p.unit !== "count" && !isRelativeChange(p));
    if (!partner) return f;
    const adopted: LocatedFigure = { ...f, unit: partner.unit };
    if (partner.unit === "money") adopted.currency = partner.currency ?? null;
    return adopted;
  });
}

function isRelativeChange(f: LocatedFigure): boolean {
  return f.changeRole === "by" && (f.unit === "fold" || f.unit === "percent");
}

function quoteAround(sentence: string, span: Span): string {
  if (sentence.length <= MAX_QUOTE) return sentence;
  const half = Math.floor(MAX_QUOTE / 2);
  let start = Math.max(0, span.start - half);
  let end = Math.min(sentence.length, span.end + half);
  while (start > 0 && start < span.start && !/\s/u.test(sentence[start - 1] ?? "")) start++;
  while (end < sentence.length && end > span.end && !/\s/u.test(sentence[end] ?? "")) end--;
  return sentence.slice(start, end).trim();
}

function groupBySentence(figures: LocatedFigure[], sentences: Sentence[]): Map<Sentence, LocatedFigure[]> {
  const map = new Map<Sentence, LocatedFigure[]>();
  let k = 0;
  // Figures come in body order, as sentences do: one pass over both.
  for (const f of [...figures].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)) {
    while (k < sentences.length) {
      const s = sentences[k] as Sentence;
      if (s.paragraph > f.paragraph || (s.paragraph === f.paragraph && f.start < s.end)) break;
      k++;
    }
    const s = sentences[k];
    if (!s || s.paragraph !== f.paragraph || f.start < s.start) continue;
    const list = map.get(s) ?? [];
    list.push(f);
    map.set(s, list);
  }
  return map;
}

function readYear(iso: string | null): number | null {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? Number(m[1]) : null;
}
