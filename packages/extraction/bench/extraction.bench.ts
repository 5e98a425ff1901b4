// Per-page time of the main-text extractor on the 98 benchmark pages, against cheerio/slim's bare
// parse (the floor) and Readability.js over linkedom (the usual choice), plus the whole
// extractArticle when it is exported; then heap after GC while extracting 10,000 pages.
// Run: node --import tsx --expose-gc packages/extraction/bench/extraction.bench.ts [dir]
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { loadCatalog } from "@claimwatch/claims";
import { load } from "cheerio/slim";
import { parseHTML } from "linkedom";
import { DEFAULT_BENCHMARK_DIR } from "../eval/body-benchmark.ts";
import * as extraction from "../src/index.ts";

type Page = { bytes: Uint8Array; html: string; url: string | null };
type Timing = { medianMs: number; p95Ms: number; meanMs: number };

const ROUNDS = 5;
const MEMORY_PAGES = 10_000;
const MEMORY_SAMPLES = 10;

async function loadPages(dir: string): Promise<Page[]> {
  const truth = JSON.parse(await readFile(join(dir, "ground-truth.json"), "utf8")) as Record<string, { url?: string }>;
  const files = (await readdir(join(dir, "html"))).filter((f) => f.endsWith(".html.gz")).sort();
  return Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(gunzipSync(await readFile(join(dir, "html", file))));
      const key = file.replace(/\.html\.gz$/, "");
      return { bytes, html: extraction.decodeHtml(bytes).html, url: truth[key]?.url ?? null };
    }),
  );
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Each page's best of ROUNDS runs (noise only ever adds time), then median and p95 over pages. */
function timePerPage(pages: Page[], run: (page: Page) => unknown): Timing {
  for (const page of pages) run(page); // warm-up: JIT and caches
  const best = pages.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < ROUNDS; round += 1) {
    pages.forEach((page, i) => {
      const start = process.hrtime.bigint();
      run(page);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (ms < best[i]!) best[i] = ms;
    });
  }
  const sorted = [...best].sort((a, b) => a - b);
  const round3 = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    medianMs: round3(quantile(sorted, 0.5)),
    p95Ms: round3(quantile(sorted, 0.95)),
    meanMs: round3(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
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
const extractBody = (page: Page): unknown => extraction.extractMainText(extraction.decodeHtml(page.bytes).html, { url: page.url });
const timings: Record<string, Timing> = {
  cheerioSlimParse: timePerPage(pages, (page) => load(page.html).text()),
  readabilityLinkedom: timePerPage(pages, (page) => new Readability(parseHTML(page.html).document).parse()),
  claimwatchMainText: timePerPage(pages, extractBody),
};
const exported = extraction as Record<string, unknown>;
if (typeof exported["extractArticle"] === "function") {
  const extractArticle = exported["extractArticle"] as (input: { html: string; url: string | null }, catalog: unknown) => unknown;
  const catalog = loadCatalog();
  timings["claimwatchExtractArticle"] = timePerPage(pages, (page) =>
    extractArticle({ html: extraction.decodeHtml(page.bytes).html, url: page.url }, catalog),
  );
}
const baseline = timings["cheerioSlimParse"]!;
const ratioToParse = Object.fromEntries(
  Object.entries(timings).map(([name, t]) => [name, Math.round((t.medianMs / baseline.medianMs) * 100) / 100]),
);
const memory = sampleHeap(pages, extractBody);
const report = {
  pages: pages.length,
  rounds: ROUNDS,
  timings,
  ratioToParseMedian: ratioToParse,
  memory: { ...memory, growthMb: Math.round((memory.heapMb.at(-1)! - memory.heapMb[1]!) * 10) / 10 },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
