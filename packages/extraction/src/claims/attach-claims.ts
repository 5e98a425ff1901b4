import { type Catalog, type ClaimedFigure, type Figure, valueKey } from "@claimwatch/domain";
import type { TermHit } from "../mentions/compile-terms.ts";
import type { Sentence } from "../mentions/find-mentions.ts";
import { getClaimTerms, hasTerm } from "./claim-terms.ts";
import { readFigureContext, readSentence, type SentenceReading } from "./read-figure-context.ts";
import { fitsClaim, MIN_SCORE, scoreClaim } from "./score-claim.ts";

/** A figure found in the body, before it is quoted and attached: offsets into its paragraph. */
export type LocatedFigure = Omit<Figure, "quote">;

export type AttachInput = {
  figures: LocatedFigure[];
  /** The body's sentences, with the ones that mention the topic marked (findMentions). */
  sentences: Sentence[];
  title: string | null;
  language: string;
  /** ISO date of publication, to read "last year". */
  published: string | null;
};

// How many sentences before a figure's sentence may name a claim's context words (e.g. "Orlov").
const CONTEXT_SENTENCES = 3;
// Longer sentences are quoted by the clause around the figure.
const MAX_QUOTE = 300;

/**
 * Attaches each figure of a topic-mentioning sentence to the tracked claim it states, or to none
 * (claim null). Figures of sentences that do not mention the topic are dropped. A value stated
 * twice for the same claim (a teaser and the body) is kept once, as is a repeated unclaimed value.
 */
export function attachClaims(input: AttachInput, catalog: Catalog): ClaimedFigure[] {
  const terms = getClaimTerms(catalog, input.language);
  const publishedYear = readYear(input.published);
  const titleHits = input.title ? terms.matcher.findTerms(input.title) : [];
  const hitsCache = new Map<number, TermHit[]>();
  const hitsOf = (s: Sentence) => {
    let hits = hitsCache.get(s.index);
    if (!hits) hitsCache.set(s.index, (hits = terms.matcher.findTerms(s.text)));
    return hits;
  };

  const bySentence = groupBySentence(input.figures, input.sentences);
  const out: ClaimedFigure[] = [];
  const seen = new Set<string>();
  for (const [sentence, figures] of bySentence) {
    if (!sentence.isMention) continue;
    const spans = figures.map((f) => ({ start: f.start - sentence.start, end: f.end - sentence.start }));
    const reading = readSentence(sentence, spans, { language: input.language, publishedYear, hits: hitsOf(sentence) });
    const previous = input.sentences[sentence.index - 1];
    const previousHits = previous && previous.paragraph === sentence.paragraph ? hitsOf(previous) : [];
    const hasContext = (i: number) =>
      titleHits.some((h) => hasTerm(h, "context", i)) ||
      input.sentences
        .slice(Math.max(0, sentence.index - CONTEXT_SENTENCES), sentence.index + 1)
        .some((s) => hitsOf(s).some((h) => hasTerm(h, "context", i)));
    figures.forEach((figure, k) => {
      const span = spans[k] ?? { start: 0, end: 0 };
      const claim = chooseClaim(figure, reading, span, { catalog, language: input.language, previousHits, hasContext, publishedYear });
      const claimed = toClaimedFigure(figure, claim, reading, span);
      const key = `${claim ?? ""}|${valueKey(claimed)}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(claimed);
    });
  }
  return out;
}

type ChooseOptions = {
  catalog: Catalog;
  language: string;
  previousHits: TermHit[];
  hasContext: (i: number) => boolean;
  publishedYear: number | null;
};

function chooseClaim(figure: LocatedFigure, reading: SentenceReading, span: { start: number; end: number }, opts: ChooseOptions): string | null {
  const candidates = opts.catalog.claims.map((claim, i) => ({ claim, i })).filter(({ claim }) => fitsClaim(figure, claim));
  if (candidates.length === 0) return null;
  const ctx = readFigureContext(reading, span, opts.language);
  let best: { key: string; score: number } | null = null;
  for (const { claim, i } of candidates) {
    const score = scoreClaim(ctx, claim, i, opts);
    if (score === null || score < MIN_SCORE) continue;
    if (!best || score > best.score) best = { key: claim.key, score };
  }
  return best?.key ?? null;
}

function toClaimedFigure(figure: LocatedFigure, claimKey: string | null, reading: SentenceReading, span: { start: number; end: number }): ClaimedFigure {
  return { ...figure, claim: claimKey, quote: quoteAround(reading.sentence.text, span) };
}

function quoteAround(sentence: string, span: { start: number; end: number }): string {
  if (sentence.length <= MAX_QUOTE) return sentence;
  const half = Math.floor(MAX_QUOTE / 2);
  let start = Math.max(0, span.start - half);
  let end = Math.min(sentence.length, span.end + half);
  while (start > 0 && !/\s/u.test(sentence[start - 1] ?? "")) start++;
  while (end < sentence.length && !/\s/u.test(sentence[end] ?? "")) end--;
  if (end <= span.end || start >= span.start) return sentence.slice(Math.max(0, span.start - half), span.end + half).trim();
  return sentence.slice(start, end).trim();
}

function groupBySentence(figures: LocatedFigure[], sentences: Sentence[]): Map<Sentence, LocatedFigure[]> {
  const map = new Map<Sentence, LocatedFigure[]>();
  for (const f of figures) {
    const s = sentences.find((x) => x.paragraph === f.paragraph && f.start >= x.start && f.start < x.end);
    if (!s) continue;
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
