// The running totals behind claim_status (migration 0003) must always equal what a full
// recount of the observations gives, whatever wrote them: the compare worker's inserts, a bulk
// insert, deleting an article, an article found to be a copy, a rewritten observation.
import { loadCatalog } from "@claimwatch/claims";
import type { ClaimedFigure, FeedItem } from "@claimwatch/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client.ts";
import { createTestDb, drivers } from "../testing.ts";
import {
  findClaimStatus,
  insertFeedItem,
  insertObservation,
  listClaimObservations,
  listCoverageWeeks,
  listObservationsPage,
  markArticleDuplicate,
  saveArticleRead,
  upsertClaims,
  upsertFeeds,
} from "../index.ts";
import { executeRows } from "./execute-rows.ts";

const catalog = loadCatalog();
type Totals = { claim_key: string; value_key: string; observations: number; comparable: number; first_seen: string; last_seen: string; first_observation_id: string }[];

function figure(claim: string, value: number): ClaimedFigure & { claim: string } {
  return { claim, value, low: null, high: null, unit: "count", qualifier: "about", text: String(value), quote: `some ${value} workers`, paragraph: 0, start: 0, end: 1 };
}

async function readTotals(db: DbHandle["db"]): Promise<{ values: Totals; sources: { claim_key: string; sources: number }[] }> {
  const values = await executeRows<Totals[number]>(
    db,
    sql`select claim_key, value_key, observations, comparable, first_seen::text, last_seen::text, first_observation_id::text,
          value, low, high, unit, currency, qualifier, verdict
        from claim_value_stats order by claim_key, value_key`,
  );
  // A claim without observations may have no row or a row of zeros; both mean the same.
  const sources = await executeRows<{ claim_key: string; sources: number }>(
    db,
    sql`select claim_key, sources, observations, comparable, first_seen::text, last_seen::text, values
        from claim_stats where sources > 0 or observations > 0 order by claim_key`,
  );
  return { values, sources };
}

/** The totals as they are, then as a full recount makes them: the two must be equal. */
async function totalsAndRecount(db: DbHandle["db"]) {
  const kept = await readTotals(db);
  await db.execute(sql`select claimwatch_refresh_claim_stats(null)`);
  return { kept, recounted: await readTotals(db) };
}

describe.each(drivers)("claim_status totals on %s", (driver) => {
  let h: DbHandle & { dispose: () => Promise<void> };
  let feedId: number;
  let n = 0;

  async function article(opts: { published?: string; relevant?: boolean } = {}): Promise<number> {
    n += 1;
    const url = `https://stats.example/${driver}/${n}`;
    const it: FeedItem = { url, canonicalUrl: url, guid: null, title: `t${n}`, published: new Date(opts.published ?? "2025-06-02T08:00:00Z"), summary: null };
    const { articleId } = await insertFeedItem(h.db, feedId, it, "Outlet");
    await saveArticleRead(h.db, articleId, {
      title: `t${n}`, publishedAt: it.published, language: "en", status: "fetched", error: null,
      isRelevant: opts.relevant ?? true, body: `body ${n}`, contentHash: `hash-${driver}-${n}`, figures: [], mentions: [],
    });
    return articleId;
  }
  const observe = (articleId: number, claim: string, value: number, at: string, verdict: "agrees" | "differs" | null = "differs") =>
    insertObservation(h.db, { articleId, figure: figure(claim, value), verdict, observedAt: new Date(at) });

  beforeAll(async () => {
    h = await createTestDb(driver);
    await upsertClaims(h.db, catalog.claims);
    const [feed] = await upsertFeeds(h.db, [{ url: `http://127.0.0.1/${driver}.xml`, name: "stats" }], { disableOthers: true });
    feedId = feed!.id;
  });
  afterAll(async () => h?.dispose());

  it("counts sources, values and first/last seen as observations arrive", async () => {
    const a = await article();
    const b = await article();
    await observe(a, "nk_workers_in_russia", 30000, "2025-06-02T08:00:00Z");
    await observe(a, "nk_workers_in_russia", 50000, "2025-06-02T08:00:00Z");
    // Seen later but dated earlier: it becomes the value's first observation, verdict and all.
    await observe(b, "nk_workers_in_russia", 30000, "2025-06-01T08:00:00Z", null);
    await observe(b, "nk_workers_in_russia", 15000, "2025-06-03T08:00:00Z", "agrees");
    const row = await findClaimStatus(h.db, "nk_workers_in_russia");
    expect(row).toMatchObject({ sources: 2, observations: 4 });
    expect(row?.values.map((v) => [v.value, v.sources])).toEqual([[30000, 2], [50000, 1], [15000, 1]]);
    expect(row?.values[0]).toMatchObject({ verdict: null });
    expect(row?.values[0]?.first_seen).toMatch(/^2025-06-01/);
    expect(row?.latest).toMatchObject({ value: 15000, article_id: b });
    expect(row?.change_pct).toBe(0);
    const { kept, recounted } = await totalsAndRecount(h.db);
    expect(kept).toEqual(recounted);
  });

  it("keeps the totals equal to a recount after deletes, copies, rewrites and a bulk insert", async () => {
    const a = await article();
    const b = await article();
    const c = await article();
    await observe(a, "kyiv_strike_killed", 14, "2025-05-01T00:00:00Z");
    await observe(b, "kyiv_strike_killed", 14, "2025-05-02T00:00:00Z");
    await observe(c, "kyiv_strike_killed", 16, "2025-05-03T00:00:00Z");
    await markArticleDuplicate(h.db, b, a);
    expect(await findClaimStatus(h.db, "kyiv_strike_killed")).toMatchObject({ sources: 2, observations: 2 });
    await h.db.execute(sql`delete from articles where id = ${c}`);
    expect(await findClaimStatus(h.db, "kyiv_strike_killed")).toMatchObject({ sources: 1, latest: { value: 14, article_id: a } });
    await h.db.execute(sql`update observations set observed_at = '2024-01-01T00:00:00Z' where article_id = ${a}`);
    expect((await findClaimStatus(h.db, "kyiv_strike_killed"))?.first_seen?.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    // One statement, many rows: the path a bulk import or the benchmark takes.
    const d = await article();
    await h.db.execute(sql`insert into observations (claim_key, article_id, value, unit, qualifier, value_key, quote, verdict, observed_at)
      select 'kyiv_strike_killed', ${d}, g, 'count', 'exact', 'count=' || g, 'q', null, '2025-05-05T00:00:00Z' from generate_series(20, 29) g`);
    const { kept, recounted } = await totalsAndRecount(h.db);
    expect(kept).toEqual(recounted);
    expect(await findClaimStatus(h.db, "kyiv_strike_killed")).toMatchObject({ sources: 2, observations: 11 });
  });

  it("pages a claim's observations newest first and exports every one exactly once", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const a = await article();
      ids.push((await observe(a, "student_visas_2024", 9000 + i, `2025-07-0${i + 1}T00:00:00Z`))!.id);
    }
    const first = await listClaimObservations(h.db, { claim: "student_visas_2024", limit: 3 });
    const last = first.at(-1)!;
    const second = await listClaimObservations(h.db, { claim: "student_visas_2024", limit: 10, before: { at: last.cursor_at, id: last.id } });
    expect([...first, ...second].map((o) => o.id)).toEqual([...ids].reverse());
    const exported: number[] = [];
    let page = await listObservationsPage(h.db, { limit: 4 });
    while (page.length > 0) {
      exported.push(...page.map((o) => o.id));
      const end = page.at(-1)!;
      page = await listObservationsPage(h.db, { limit: 4, after: { claim: end.claim, at: end.cursor_at, id: end.id } });
    }
    const [{ total }] = (await executeRows<{ total: number }>(h.db, sql`select count(*)::int as total from claim_observations`)) as [{ total: number }];
    expect(new Set(exported).size).toBe(total);
    expect(exported).toHaveLength(total);
  });

  it("counts relevant originals per week, and moves or drops an article when it changes", async () => {
    const early = () => listCoverageWeeks(h.db, { since: new Date("2023-01-01T00:00:00Z") }).then((ws) => ws.filter((w) => w.week < new Date("2024-01-01")));
    const a = await article({ published: "2023-03-06T10:00:00Z" });
    const b = await article({ published: "2023-03-12T23:00:00Z" });
    await article({ published: "2023-03-13T01:00:00Z", relevant: false });
    expect(await early()).toEqual([{ week: new Date("2023-03-06T00:00:00Z"), articles: 2 }]);
    await h.db.execute(sql`update articles set published_at = '2023-03-20T08:00:00Z' where id = ${b}`);
    await markArticleDuplicate(h.db, a, b);
    expect(await early()).toEqual([{ week: new Date("2023-03-20T00:00:00Z"), articles: 1 }]);
    const kept = await executeRows(h.db, sql`select week::text, articles from coverage_week_stats where articles > 0 order by week`);
    await h.db.execute(sql`select claimwatch_refresh_coverage()`);
    expect(await executeRows(h.db, sql`select week::text, articles from coverage_week_stats order by week`)).toEqual(kept);
  });
});
