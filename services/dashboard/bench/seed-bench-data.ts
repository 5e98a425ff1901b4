// Years of coverage in a few set-based statements: articles spread over ten years, each stating
// several claims, with a spread of values per claim, some copies, some irrelevant pages and a
// few alerts in every delivery state. The bulk rows go in with triggers and foreign-key checks
// off (session_replication_role = replica), which is minutes faster; the totals the triggers
// would have kept are then computed by the same functions the migration backfills with.
import type { Db } from "@claimwatch/db";
import { type SQL, sql } from "drizzle-orm";

/**
 * `valuesPerClaim`: distinct values a claim collects over the years (the baseline, a few revised
 * figures, extraction noise); the claim pages list every one of them.
 */
export type SeedSize = { articles: number; observations: number; feeds: number; valuesPerClaim: number };

/** Seeds the database; returns how long each step took, in ms. */
export async function seedBenchData(db: Db, size: SeedSize): Promise<Record<string, number>> {
  const took: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    took[name] = Math.round(performance.now() - t);
    t = performance.now();
  };
  const perArticle = Math.ceil(size.observations / size.articles);
  await db.execute(sql`insert into feeds (url, name, status, last_polled_at, last_success_at, next_poll_at, item_count)
    select 'https://feeds.bench.example/' || g || '.xml', 'Bench feed ' || g, case when g % 7 = 0 then 'failing' else 'ok' end,
      now() - interval '5 minutes', now() - interval '5 minutes', now() + interval '10 minutes', 50
    from generate_series(1, ${size.feeds}) g`);
  lap("feeds");
  // Ten years, newest last; every 20th page is not relevant, every 100th a copy of its predecessor.
  await bulk(db, sql`insert into articles (canonical_url, url, feed_id, title, outlet, published_at, fetched_at, status,
      language, is_relevant, body, mentions, content_hash, duplicate_of)
    select 'https://news.bench.example/' || g, 'https://news.bench.example/' || g, (select min(id) from feeds) + g % ${size.feeds},
      'Bench article ' || g, 'Outlet ' || g % 40,
      timestamptz '2016-01-01 00:00:00+00' + (g * interval '1 second' * (3650 * 86400 / ${size.articles})),
      timestamptz '2016-01-01 01:00:00+00' + (g * interval '1 second' * (3650 * 86400 / ${size.articles})),
      case when g % 100 = 0 then 'duplicate' else 'fetched' end, 'en', g % 20 <> 0,
      repeat('A paragraph of bench text about labour and the alliance. ', 20) || E'\n\n'
        || 'North Korean workers in Russia number ' || g || ' in this bench sentence. '
        || repeat('Closing words of the bench article. ', 10),
      jsonb_build_array('North Korean workers in Russia number ' || g || ' in this bench sentence.'),
      'bench-' || g, null
    from generate_series(1, ${size.articles}) g`);
  lap("articles");
  await db.execute(sql`update articles a set duplicate_of = a.id - 1 where a.status = 'duplicate'`);
  lap("copies");
  // Each article states perArticle different claims; each claim collects valuesPerClaim distinct
  // values within ±10% of its baseline, the baseline itself the most frequent.
  await bulk(db, sql`
    with c as (select key, unit, currency, coalesce(baseline_value, (baseline_low + baseline_high) / 2) as base,
                 (row_number() over (order by key) - 1)::int as idx, count(*) over ()::int as n from claims),
         a as (select id, coalesce(published_at, fetched_at) as at, row_number() over (order by id)::int as rn from articles),
         g as (select a.id as article_id, a.at, a.rn, k from a cross join generate_series(0, ${perArticle - 1}) k
               where (a.rn - 1) * ${perArticle} + k < ${size.observations})
    insert into observations (claim_key, article_id, value, unit, currency, qualifier, value_key, quote, verdict, observed_at)
    select c.key, g.article_id, v.value, c.unit, c.currency, 'about',
      case when c.currency is null then c.unit else c.unit || ':' || c.currency end || '=' || v.value,
      'Bench quote stating ' || v.value || ' for ' || c.key,
      case when v.step = 0 then 'agrees' when v.step % 17 = 0 then null else 'differs' end, g.at
    from g
    join c on c.idx = (g.rn + g.k) % c.n
    cross join lateral (select case when (g.rn + g.k) % 3 = 0 then 0 else (g.rn * 7919 + g.k * 104729) % ${size.valuesPerClaim} end as step) s
    cross join lateral (select s.step, round((c.base * (1 + s.step * 0.2 / ${size.valuesPerClaim} - case when s.step = 0 then 0 else 0.1 end))::numeric, 2)::float8 as value) v
    order by g.at, g.article_id`);
  await db.execute(sql`select claimwatch_refresh_claim_stats(null), claimwatch_refresh_coverage()`);
  lap("observations");
  await db.execute(sql`insert into alerts (dedup_key, claim_key, kind, value, unit, qualifier, value_key, status, attempts, sent_at, last_error)
    select s.claim_key || '|' || s.value_key, s.claim_key, case when r = 1 then 'change' else 'conflict' end,
      o.value, o.unit, o.qualifier, s.value_key, (array['sent', 'pending', 'failed'])[1 + r % 3], r,
      case when r % 3 = 0 then now() end, case when r % 3 = 2 then '550 mailbox unavailable' end
    from (select *, row_number() over (partition by claim_key order by first_seen) as r from claim_value_stats) s
    join observations o on o.id = s.first_observation_id
    where s.r <= (hashtext(s.claim_key) & 3)`);
  lap("alerts");
  await db.execute(sql`vacuum analyze`);
  lap("vacuum");
  return took;
}

/** One statement without triggers and foreign-key checks (needs a superuser, as the test server has). */
async function bulk(db: Db, statement: SQL): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}
