// Scores the main-text extractor on the article-extraction benchmark (development half), with the
// benchmark's own rule (see its README): multisets of 4-token shingles of \w+ tokens, per-page
// tp/fp/fn normalised by their sum, precision and recall averaged over pages, F1 their harmonic mean.
// `tsx packages/extraction/eval/body-benchmark.ts [dir]` prints the figures as JSON.
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeHtml } from "../src/body/decode-html.ts";
import { extractMainText } from "../src/body/extract-main-text.ts";

// shared/ sits beside the repository checkout (the worktree here, the clone in CI).
const SIBLING_SHARED_DIR = fileURLToPath(new URL("../../../../shared/benchmarks/article-extraction", import.meta.url));
export const DEFAULT_BENCHMARK_DIR = existsSync(SIBLING_SHARED_DIR) ? SIBLING_SHARED_DIR : "/work/shared/benchmarks/article-extraction";

export type BodyBenchmarkScore = {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  perPage: { key: string; f1: number }[];
};

type TruthEntry = { articleBody?: string; url?: string };
type Counts = { tp: number; fp: number; fn: number };

// Python's \w with re.UNICODE: letters, numbers (Nd, Nl, No) and the underscore; no marks.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

function countShingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN_RE) ?? [];
  const counts = new Map<string, number>();
  // As the reference: a text shorter than one shingle still yields one shingle of all its tokens.
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i += 1) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    const key = shingle.join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised tp/fp/fn of one page, so that long pages weigh no more than short ones. */
export function matchShingles(truth: string, predicted: string): Counts {
  const trueCounts = countShingles(truth);
  const predCounts = countShingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of trueCounts) {
    const p = predCounts.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of predCounts) fp += Math.max(0, p - (trueCounts.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function scorePrecision({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

function scoreRecall({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Extracts the body of one benchmark page as the benchmark expects it: paragraphs joined. */
export function extractBenchmarkBody(gzipped: Uint8Array, url: string | null): string {
  const { html } = decodeHtml(gunzipSync(gzipped));
  return extractMainText(html, { url }).paragraphs.join("\n\n");
}

export async function scoreBodyBenchmark(dir: string): Promise<BodyBenchmarkScore> {
  const truth = JSON.parse(await readFile(join(dir, "ground-truth.json"), "utf8")) as Record<string, TruthEntry>;
  const files = new Set(await readdir(join(dir, "html")));
  const perPageCounts: { key: string; counts: Counts }[] = [];
  for (const key of Object.keys(truth).sort()) {
    const file = `${key}.html.gz`;
    if (!files.has(file)) continue;
    const entry = truth[key] ?? {};
    const predicted = extractBenchmarkBody(await readFile(join(dir, "html", file)), entry.url ?? null);
    perPageCounts.push({ key, counts: matchShingles(entry.articleBody ?? "", predicted) });
  }
  const all = perPageCounts.map((p) => p.counts);
  const precision = mean(all.filter((c) => c.tp + c.fp > 0).map(scorePrecision));
  const recall = mean(all.filter((c) => c.tp + c.fn > 0).map(scoreRecall));
  const perPage = perPageCounts.map(({ key, counts }) => {
    const p = scorePrecision(counts);
    const r = scoreRecall(counts);
    return { key, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  });
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pages: perPageCounts.length, precision, recall, f1, perPage };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const score = await scoreBodyBenchmark(process.argv[2] ?? DEFAULT_BENCHMARK_DIR);
  process.stdout.write(`${JSON.stringify(score, null, 2)}\n`);
}
