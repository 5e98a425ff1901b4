// `pnpm bench feeds`: (1) feeds fetched + parsed per second from a local server, 1,000 feeds over
// 20 host names, with the per-host politeness limits on (2 in flight, 1 s between starts) and,
// as the baseline in the same run, with them off; (2) peak memory parsing a 10,000-item feed
// with maxItems 2000 against a 100-item feed (each in a fresh child process, so maxRSS is its own).
// It lives in packages/feeds (not packages/http) because it needs both packages and feeds may
// import http, not the other way round. Prints one JSON object.
import { spawnSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { createHttpClient } from "@claimwatch/http";
import { parseFeed } from "@claimwatch/feeds";

const feedCount = 1000;
const hostCount = 20;

function makeFeed(id: number, items: number): string {
  const entries = Array.from({ length: items }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, "0");
    return `<item><title>Story ${id}-${i}: labour &amp; migration update</title><link>https://news${id % hostCount}.example/story/${id}/${i}?utm_source=rss</link><guid>s-${id}-${i}</guid><pubDate>Tue, ${day} May 2025 10:00:00 +0000</pubDate><description><![CDATA[<p>Paragraph ${i} of a summary that mentions crews, visas and wages, with <b>markup</b> to strip.</p>]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${id}</title><link>https://news${id % hostCount}.example/</link><ttl>15</ttl>${entries.join("")}</channel></rss>`;
}

async function startServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const bodies = Array.from({ length: feedCount }, (_, id) => gzipSync(makeFeed(id, 20)));
  const server = http.createServer((req, res) => {
    const id = Number((req.url ?? "").split("/")[2]);
    const body = bodies[id];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip", "content-length": body.length }).end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function fetchAll(port: number, polite: boolean): Promise<{ seconds: number; feedsPerSecond: number; items: number; failures: number }> {
  const client = createHttpClient({
    userAgent: "claimwatch-bench/1.0 (+https://example.org/claimwatch)",
    perHostConcurrency: polite ? 2 : 1000,
    minHostGapMs: polite ? 1000 : 0,
    lookup: async () => [{ address: "127.0.0.1", family: 4 }],
    isAddressAllowed: () => true,
  });
  // The same driver for both runs: at most 100 feeds in progress, like a worker pool would.
  const queue = Array.from({ length: feedCount }, (_, id) => id);
  let items = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const url = `http://news${id % hostCount}.bench:${port}/feed/${id}`;
      const result = await client.get(url);
      if (!result.ok || result.status !== 200) {
        failures += 1;
        continue;
      }
      const parsed = await parseFeed(result.body, { url, contentType: result.contentType });
      if (parsed.ok) items += parsed.feed.items.length;
      else failures += 1;
    }
  };
  await Promise.all(Array.from({ length: 100 }, worker));
  const seconds = (performance.now() - started) / 1000;
  await client.close();
  return { seconds: Number(seconds.toFixed(2)), feedsPerSecond: Number((feedCount / seconds).toFixed(1)), items, failures };
}

function measureMemory(items: number, maxItems: number): Record<string, number> {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", fileURLToPath(import.meta.url), "--memory-child", String(items), String(maxItems)], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`memory child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, number>;
}

async function memoryChild(items: number, maxItems: number): Promise<void> {
  const body = Buffer.from(makeFeed(1, items));
  globalThis.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const result = await parseFeed(body, { url: "https://news1.example/feed", maxItems });
  const parseMs = performance.now() - started;
  const after = process.memoryUsage();
  const mib = (n: number): number => Number((n / 1024 / 1024).toFixed(1));
  process.stdout.write(
    JSON.stringify({
      feedBytesMiB: mib(body.length),
      itemsRead: result.ok ? result.feed.items.length : -1,
      parseMs: Math.round(parseMs),
      peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
      peakRssOverStartMiB: mib(process.resourceUsage().maxRSS * 1024 - before.rss),
      heapAfterParseMiB: mib(after.heapUsed),
      heapGrowthMiB: mib(after.heapUsed - before.heapUsed),
    }),
  );
}

async function main(): Promise<void> {
  const server = await startServer();
  const unlimited = await fetchAll(server.port, false);
  const polite = await fetchAll(server.port, true);
  await server.close();
  const memory = {
    items100: measureMemory(100, 2000),
    items10000_max2000: measureMemory(10_000, 2000),
    items10000_unbounded: measureMemory(10_000, 1_000_000),
  };
  const report = {
    bench: "feeds fetch+parse",
    node: process.version,
    feeds: feedCount,
    hosts: hostCount,
    itemsPerFeed: 20,
    throughput: {
      politenessOn: { perHostConcurrency: 2, minHostGapMs: 1000, ...polite },
      baselinePolitenessOff: unlimited,
      expectedFloorSecondsWithPoliteness: (feedCount / hostCount - 1) * 1,
    },
    memory,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

if (process.argv[2] === "--memory-child") await memoryChild(Number(process.argv[3]), Number(process.argv[4]));
else await main();
