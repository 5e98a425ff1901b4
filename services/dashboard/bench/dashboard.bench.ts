// `pnpm bench dashboard`: the dashboard with years of data. Seeds a fresh Postgres database with
// 100,000 articles and 1,000,000 observations (set-based SQL), serves the dashboard on loopback
// and times every page and API endpoint over HTTP. Baselines in the same run: a `select 1` round
// trip, and the same endpoints on a database with the claims but no coverage. Prints one JSON
// object on stdout; progress goes to stderr.
import { loadavg } from "node:os";
import { loadCatalog } from "@claimwatch/claims";
import { createDb, type DbHandle, upsertClaims } from "@claimwatch/db";
import { createTestDatabaseUrl } from "@claimwatch/db/testing";
import { createLogger } from "@claimwatch/runtime";
import { sql } from "drizzle-orm";
import { serveDashboard } from "../src/index.ts";
import { seedBenchData } from "./seed-bench-data.ts";

const SIZE = { articles: 100_000, observations: 1_000_000, feeds: 30, valuesPerClaim: 25 };
const RUNS = 100;
const WARMUP = 10;
const endpoints = [
  "/",
  "/?sort=change&dir=desc&status=changed",
  "/claims/nk_workers_in_russia",
  "/coverage",
  "/health",
  "/api/claims",
  "/api/claims/nk_workers_in_russia",
  "/api/coverage",
  "/api/feeds",
  "/api/health",
];
const exportEndpoint = "/api/observations.csv?claim=students_enrolled";

type Stats = { p50: number; p95: number; max: number; runs: number; bytes?: number };
const log = (msg: string) => process.stderr.write(`${msg}\n`);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function summarise(ms: number[], bytes?: number): Stats {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) as number), runs: ms.length, ...(bytes !== undefined ? { bytes } : {}) };
}

async function time(runs: number, fn: () => Promise<number | void>, warmup = WARMUP): Promise<Stats> {
  const ms: number[] = [];
  let bytes: number | undefined;
  for (let i = 0; i < runs + warmup; i += 1) {
    const t = performance.now();
    const size = await fn();
    if (i >= warmup) ms.push(performance.now() - t);
    if (typeof size === "number") bytes = size;
  }
  return summarise(ms, bytes);
}

/**
 * Times the endpoints round-robin (one request to each, again and again), so that a burst of load
 * from elsewhere on the machine falls on every endpoint alike rather than on one of them.
 */
async function timeEndpoints(base: string, paths: string[], rounds: number): Promise<Record<string, Stats>> {
  const ms = new Map<string, number[]>(paths.map((p) => [p, []]));
  const bytes = new Map<string, number>();
  for (let round = -WARMUP; round < rounds; round += 1) {
    if (round % 10 === 0) gc();
    for (const path of paths) {
      const t = performance.now();
      const res = await fetch(base + path);
      const body = await res.arrayBuffer();
      const took = performance.now() - t;
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      if (round >= 0) ms.get(path)?.push(took);
      bytes.set(path, body.byteLength);
    }
  }
  const out: Record<string, Stats> = {};
  for (const path of paths) {
    out[path] = summarise(ms.get(path) ?? [], bytes.get(path));
    log(`  ${path}: p50 ${out[path]!.p50} ms, p95 ${out[path]!.p95} ms`);
  }
  return out;
}

async function freshDatabase(): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  const { url, drop } = await createTestDatabaseUrl();
  const handle = await createDb({ databaseUrl: url, dataDir: "unused", poolSize: 10 });
  await handle.migrate();
  await upsertClaims(handle.db, loadCatalog().claims);
  return { handle, drop };
}

async function serve(handle: DbHandle) {
  return serveDashboard({ db: handle.db, log: createLogger({ service: "dashboard-bench", level: "error" }), queueCounts: async () => null, host: "127.0.0.1", port: 0 });
}

/**
 * The write cost of the totals' triggers: one observation per transaction, as the compare worker
 * writes them; with `bare`, the same insert with triggers (and foreign-key checks) off.
 */
async function timeObservationInserts(handle: DbHandle, opts: { bare: boolean; from: number }): Promise<Stats> {
  let n = opts.from;
  return time(200, async () => {
    n += 1;
    await handle.db.transaction(async (tx) => {
      if (opts.bare) await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('claim:nk_workers_in_russia'))`);
      await tx.execute(sql`insert into observations (claim_key, article_id, value, unit, qualifier, value_key, quote, verdict, observed_at)
        values ('nk_workers_in_russia', ${1000 + n}, ${70000 + n}, 'count', 'about', ${`count=${70000 + n}`}, 'bench write', 'differs', now())`);
    });
  });
}

async function planTime(handle: DbHandle): Promise<number> {
  const result = (await handle.db.execute(sql`explain (analyze, format json) select * from claim_status`)) as unknown as {
    rows: { "QUERY PLAN": [{ "Execution Time": number }] }[];
  };
  return result.rows[0]?.["QUERY PLAN"][0]["Execution Time"] ?? Number.NaN;
}

async function main(): Promise<void> {
  const empty = await freshDatabase();
  const full = await freshDatabase();
  try {
    log(`seeding ${SIZE.articles} articles and ${SIZE.observations} observations…`);
    const seedMs = await seedBenchData(full.handle.db, SIZE);
    log(`seeded: ${JSON.stringify(seedMs)}`);
    const select1 = await time(200, async () => void (await full.handle.db.execute(sql`select 1`)));
    const emptyServer = await serve(empty.handle);
    const fullServer = await serve(full.handle);
    log("empty database:");
    const emptyTimes = await timeEndpoints(emptyServer.url, endpoints, RUNS);
    log(`${SIZE.observations} observations:`);
    const fullTimes = await timeEndpoints(fullServer.url, endpoints, RUNS);
    const exportTimes = await time(
      3,
      async () => {
        const res = await fetch(fullServer.url + exportEndpoint);
        return (await res.arrayBuffer()).byteLength;
      },
      1,
    );
    log(`  ${exportEndpoint}: p50 ${exportTimes.p50} ms`);
    const explainMs = await planTime(full.handle);
    const writes = await timeObservationInserts(full.handle, { bare: false, from: 0 });
    const bareWrites = await timeObservationInserts(full.handle, { bare: true, from: 1_000 });
    await Promise.all([emptyServer.close(), fullServer.close()]);
    const worstP95 = Math.max(...Object.values(fullTimes).map((s) => s.p95));
    process.stdout.write(
      `${JSON.stringify(
        {
          bench: "dashboard",
          size: SIZE,
          load_average: loadavg().map((l) => Math.round(l * 100) / 100),
          seed_ms: seedMs,
          baseline: { select_1: select1, empty_database: emptyTimes },
          endpoints: fullTimes,
          export: { [exportEndpoint]: exportTimes },
          claim_status_execution_ms: Math.round(explainMs * 10) / 10,
          insert_observation: { with_triggers: writes, baseline_without_triggers_or_fk_checks: bareWrites },
          worst_p95_ms: worstP95,
          target_p95_ms: 100,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await Promise.all([empty.handle.close(), full.handle.close()]);
    await Promise.all([empty.drop(), full.drop()]);
  }
}

await main();
