// Per-page time of claimwatch's extraction on the 98 benchmark pages, against cheerio/slim's bare
// parse (the floor: `load(html).text()`) and Readability.js over linkedom (the usual choice); then
// heap after GC while extracting 10,000 pages. Issue 3's target: the whole extractArticle, from
// the page's bytes, within 3x the parse's median.
// Run: node --import tsx --expose-gc packages/extraction/bench/extraction.bench.ts [dir]
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { loadCatalog } from "@claimwatch/claims";
import { load } from "cheerio/slim";
import { parseHTML } from "linkedom";
import { DEFAULT_BENCHMARK_DIR } from "../eval/body-benchmark.ts";
import { decodeHtml, extractArticle, extractMainText } from "../src/index.ts";

type Page = { bytes: Uint8Array; html: string; url: string | null };
type Timing = { medianMs: number; p95Ms: number; meanMs: number };

const ROUNDS = 5;
const MEMORY_PAGES = 10_000;
const MEMORY_SAMPLES = 10;
const TARGET_RATIO = 3;

async function loadPages(dir: string): Promise<Page[]> {
  const truth = JSON.parse(await readFile(join(dir, "ground-truth.json"), "utf8")) as Record<string, { url?: string }>;
  const files = (await readdir(join(dir, "html"))).filter((f) => f.endsWith(".html.gz")).sort();
  return Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(gunzipSync(await readFile(join(dir, "html", file))));
      const key = file.replace(/\.html\.gz$/, "");
      return { bytes, html: decodeHtml(bytes).html, url: truth[key]?.url ?? null };
    }),
  );
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function summarise(best: number[]): Timing {
  const sorted = [...best].sort((a, b) => a - b);
  const round3 = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    medianMs: round3(quantile(sorted, 0.5)),
    p95Ms: round3(quantile(sorted, 0.95)),
    meanMs: round3(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

/**
 * Each page's best of ROUNDS runs (noise only ever adds time), then median and p95 over pages.
 * The contenders take turns within every round, in an order that changes from round to round, so
 * that a change in the machine's load falls on all of them alike and their ratios stay comparable.
 */
function timeContenders(pages: Page[], contenders: Record<string, (page: Page) => unknown>): Record<string, Timing> {
  const names = Object.keys(contenders);
  for (const name of names) for (const page of pages) contenders[name]!(page); // warm-up: JIT and caches
  const best = new Map(names.map((name) => [name, pages.map(() => Number.POSITIVE_INFINITY)]));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = names.map((_, i) => names[(i + round) % names.length]!);
    for (const name of order) {
      const run = contenders[name]!;
      const times = best.get(name)!;
      pages.forEach((page, i) => {
        const start = process.hrtime.bigint();
        run(page);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (ms < times[i]!) times[i] = ms;
      });
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(best.get(name)!)]));
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc to measure memory");
  gc();
}

/** Heap after a full GC, sampled at even steps while extracting MEMORY_PAGES pages. */
function sampleHeap(pages: Page[], run: (page: Page) => unknown): { pages: number; heapMb: number[] } {
  const every = MEMORY_PAGES / MEMORY_SAMPLES;
  const heapMb: number[] = [];
  collectGarbage();
  heapMb.push(process.memoryUsage().heapUsed / 2 ** 20);
  for (let i = 1; i <= MEMORY_PAGES; i += 1) {
    run(pages[i % pages.length]!);
    if (i % every === 0) {
      collectGarbage();
      heapMb.push(process.memoryUsage().heapUsed / 2 ** 20);
    }
  }
  return { pages: MEMORY_PAGES, heapMb: heapMb.map((mb) => Math.round(mb * 10) / 10) };
}

const dir = process.argv[2] ?? DEFAULT_BENCHMARK_DIR;
const pages = await loadPages(dir);
const catalog = loadCatalog();
// claimwatch's contenders start from the page's bytes, as the ingest worker does, and the target
// is judged on those; the two references start from the decoded text, so decoding is also timed
// alone, and extractArticle also from the decoded text, like for like with the references.
const readArticle = (page: Page): unknown => extractArticle({ html: decodeHtml(page.bytes).html, url: page.url }, catalog);
const timings = timeContenders(pages, {
  cheerioSlimParse: (page) => load(page.html).text(),
  readabilityLinkedom: (page) => new Readability(parseHTML(page.html).document).parse(),
  claimwatchDecodeHtml: (page) => decodeHtml(page.bytes),
  claimwatchMainText: (page) => extractMainText(decodeHtml(page.bytes).html, { url: page.url }),
  claimwatchExtractArticle: readArticle,
  claimwatchExtractArticleFromText: (page) => extractArticle({ html: page.html, url: page.url }, catalog),
});
const baseline = timings["cheerioSlimParse"]!;
const ratioToParse = Object.fromEntries(
  Object.entries(timings).map(([name, t]) => [name, Math.round((t.medianMs / baseline.medianMs) * 100) / 100]),
);
const articleRatio = ratioToParse["claimwatchExtractArticle"]!;
const target = { maxRatioToParse: TARGET_RATIO, extractArticleRatio: articleRatio, isMet: articleRatio <= TARGET_RATIO };
const memory = sampleHeap(pages, readArticle);
const report = {
  pages: pages.length,
  rounds: ROUNDS,
  timings,
  ratioToParseMedian: ratioToParse,
  target,
  memory: { ...memory, growthMb: Math.round((memory.heapMb.at(-1)! - memory.heapMb[1]!) * 10) / 10 },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.stderr.write(
  `extractArticle ${timings["claimwatchExtractArticle"]!.medianMs} ms/page (median) = ${articleRatio}x the cheerio/slim parse ` +
    `(${baseline.medianMs} ms): target <= ${TARGET_RATIO}x ${target.isMet ? "met" : "NOT met"}\n`,
);
