// Test helpers: a fresh, migrated database per test file, on the real Postgres server or on
// PGlite, so that repository tests run against both drivers and never share rows; and builders
// of the rows the workers would have written (articles stating figures, alerts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { ClaimedFigure, Qualifier, Unit } from "@claimwatch/domain";
import { createDb, type Db, type DbHandle } from "./client.ts";
import { insertFeedItem, saveArticleRead } from "./queries/articles.ts";
import { insertObservation, setObservationAlert } from "./queries/observations.ts";
import { upsertAlert } from "./queries/alerts.ts";
import { upsertFeeds } from "./queries/feeds.ts";

export const testServerUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export type Driver = "postgres" | "pglite";
export const drivers: Driver[] = ["postgres", "pglite"];

/** Creates an empty database on the test server and returns its URL and a drop function. */
export async function createTestDatabaseUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cw_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: testServerUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A migrated database of the given driver; `dispose()` closes and deletes it. */
export async function createTestDb(driver: Driver): Promise<DbHandle & { url: string | null; dispose: () => Promise<void> }> {
  if (driver === "postgres") {
    const { url, drop } = await createTestDatabaseUrl();
    const handle = await createDb({ databaseUrl: url, dataDir: "unused", poolSize: 5 });
    await handle.migrate();
    return { ...handle, url, dispose: async () => (await handle.close(), await drop()) };
  }
  const dir = mkdtempSync(join(tmpdir(), "cw-pglite-"));
  const handle = await createDb({ dataDir: dir });
  await handle.migrate();
  return { ...handle, url: null, dispose: async () => (await handle.close(), rmSync(dir, { recursive: true, force: true })) };
}

// Builders -----------------------------------------------------------------------------------

let serial = 0;

export function makeFigure(claim: string, value: number, opts: { unit?: Unit; qualifier?: Qualifier; quote?: string } = {}): ClaimedFigure {
  return {
    claim,
    value,
    low: null,
    high: null,
    unit: opts.unit ?? "count",
    qualifier: opts.qualifier ?? "exact",
    text: String(value),
    quote: opts.quote ?? `Reporters put the figure at ${value.toLocaleString("en-US")}.`,
    paragraph: 0,
    start: 0,
    end: 1,
  };
}

/** An article read and relevant, stating `figures`; returns its id. */
export async function seedArticle(db: Db, figures: ClaimedFigure[], opts: { title?: string; published?: Date } = {}): Promise<number> {
  // Taken before the first await: concurrent calls must not share a number.
  const n = ++serial;
  const url = `https://news.example.org/${process.pid}-${n}`;
  const published = opts.published ?? new Date(Date.UTC(2026, 2, 1 + (n % 28)));
  const [feed] = await upsertFeeds(db, [{ url: "https://feeds.example.org/seed.xml", name: "seed" }], { disableOthers: false });
  const { articleId } = await insertFeedItem(db, feed!.id, { url, canonicalUrl: url, guid: null, title: opts.title ?? `Report ${n}`, published, summary: null }, "Example Outlet");
  await saveArticleRead(db, articleId, {
    title: opts.title ?? `Report ${n}`,
    publishedAt: published,
    language: "en",
    status: "fetched",
    error: null,
    isRelevant: true,
    body: figures.map((f) => f.quote).join("\n\n"),
    contentHash: `seed-${url}`,
    figures,
    mentions: [],
  });
  return articleId;
}

/** A pending alert for a new value of a claim, with one source article, as the compare worker raises it. */
export async function seedAlert(db: Db, claim: string, value: number, opts: { unit?: Unit } = {}): Promise<number> {
  const figure = makeFigure(claim, value, opts);
  const articleId = await seedArticle(db, [figure]);
  const observation = await insertObservation(db, { articleId, figure: { ...figure, claim }, verdict: "differs", observedAt: new Date() });
  if (!observation) throw new Error("seeded observation already existed");
  const { alert } = await upsertAlert(db, { claimKey: claim, kind: "change", figure, firstObservationId: observation.id });
  await setObservationAlert(db, observation.id, alert.id);
  return alert.id;
}
