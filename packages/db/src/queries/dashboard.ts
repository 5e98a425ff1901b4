import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { executeRows } from "./execute-rows.ts";
import type { ClaimStatusRow } from "./status.ts";

/**
 * A row of the `claim_status` view with the columns migration 0003 added. The view is the one
 * source of the claims table, `/api/claims` and `claimwatch status`.
 */
export type ClaimStatusDetail = Omit<ClaimStatusRow, "latest" | "values"> & {
  latest:
    | (NonNullable<ClaimStatusRow["latest"]> & { id: number; value_key: string; title: string | null; outlet: string | null; url: string })
    | null;
  values: (ClaimStatusRow["values"][number] & { value_key: string })[];
  /** Observations of the claim, copies of other articles left out. */
  observations: number;
  first_seen: Date | null;
  /** Latest against baseline in percent (midpoints of ranges); null without a comparable latest. */
  change_pct: number | null;
};

/** A row of the `claim_observations` view: one observation with its provenance. */
export type ObservationDetail = {
  id: number;
  claim: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  currency: string | null;
  qualifier: string;
  value_key: string;
  verdict: "agrees" | "differs" | null;
  quote: string;
  observed_at: Date;
  alert_id: number | null;
  alert_status: string | null;
  article_id: number;
  title: string | null;
  outlet: string | null;
  url: string;
  published_at: Date | null;
  /** observed_at as Postgres prints it, exact to the microsecond: the paging cursor. */
  cursor_at: string;
};

/** Where a page of observations ends; pass it back to read the next page. */
export type ObservationCursor = { claim: string; at: string; id: number };

const numberColumns = ["id", "article_id", "alert_id"] as const;

function normaliseObservation(r: ObservationDetail): ObservationDetail {
  const row = { ...r, observed_at: new Date(r.observed_at), published_at: r.published_at === null ? null : new Date(r.published_at) };
  // bigint ids arrive as text from node-postgres; they are far below 2^53.
  for (const k of numberColumns) if (row[k] !== null) (row as Record<string, unknown>)[k] = Number(row[k]);
  return row;
}

function normaliseStatus(r: ClaimStatusDetail): ClaimStatusDetail {
  return {
    ...r,
    last_seen: r.last_seen === null ? null : new Date(r.last_seen),
    first_seen: r.first_seen === null ? null : new Date(r.first_seen),
  };
}

/** Every active claim from `claim_status`, in key order, with the dashboard's extra columns. */
export async function listClaimStatusDetails(db: DbOrTx): Promise<ClaimStatusDetail[]> {
  const rows = await executeRows<ClaimStatusDetail>(db, sql`select * from claim_status order by claim`);
  return rows.map(normaliseStatus);
}

/** A claim_status row without its `values` and `alerts` arrays: what the claims table shows. */
export type ClaimSummary = Omit<ClaimStatusDetail, "values" | "alerts"> & { value_count: number; alert_count: number };

/**
 * Every active claim from `claim_status` as the claims table needs it: the same rows, the two
 * arrays replaced by their lengths, so the table's cost does not grow with a claim's history.
 */
export async function listClaimSummaries(db: DbOrTx): Promise<ClaimSummary[]> {
  const rows = await executeRows<ClaimSummary>(
    db,
    sql`select claim, description, unit, currency, baseline, status, sources, last_seen, latest, observations, first_seen,
          change_pct, jsonb_array_length("values") as value_count, jsonb_array_length(alerts) as alert_count
        from claim_status order by claim`,
  );
  return rows.map((r) => ({
    ...r,
    last_seen: r.last_seen === null ? null : new Date(r.last_seen),
    first_seen: r.first_seen === null ? null : new Date(r.first_seen),
  }));
}

export async function findClaimStatus(db: DbOrTx, claim: string): Promise<ClaimStatusDetail | undefined> {
  const [row] = await executeRows<ClaimStatusDetail>(db, sql`select * from claim_status where claim = ${claim}`);
  return row && normaliseStatus(row);
}

const observationColumns = sql`id, claim, value, low, high, unit, currency, qualifier, value_key, verdict, quote,
  observed_at, alert_id, alert_status, article_id, title, outlet, url, published_at, observed_at::text as cursor_at`;

/**
 * A claim's observations, newest first, `limit` at a time; `before` is the last row of the
 * previous page. Served by the (claim_key, observed_at, id) index whatever the claim's size.
 */
export async function listClaimObservations(
  db: DbOrTx,
  opts: { claim: string; limit: number; before?: { at: string; id: number } },
): Promise<ObservationDetail[]> {
  const before = opts.before ? sql`and (observed_at, id) < (${opts.before.at}::timestamptz, ${opts.before.id})` : sql``;
  const rows = await executeRows<ObservationDetail>(
    db,
    sql`select ${observationColumns} from claim_observations
        where claim = ${opts.claim} ${before}
        order by observed_at desc, id desc limit ${opts.limit}`,
  );
  return rows.map(normaliseObservation);
}

/**
 * Observations in (claim, observed_at, id) order, `limit` after `after`, for exports that must
 * not hold a million rows in memory. With `claim`, that claim's only.
 */
export async function listObservationsPage(
  db: DbOrTx,
  opts: { claim?: string; after?: ObservationCursor; limit: number },
): Promise<ObservationDetail[]> {
  const where: SQL[] = [];
  if (opts.claim !== undefined) where.push(sql`claim = ${opts.claim}`);
  if (opts.after) where.push(sql`(claim, observed_at, id) > (${opts.after.claim}, ${opts.after.at}::timestamptz, ${opts.after.id})`);
  const filter = where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const rows = await executeRows<ObservationDetail>(
    db,
    sql`select ${observationColumns} from claim_observations ${filter} order by claim, observed_at, id limit ${opts.limit}`,
  );
  return rows.map(normaliseObservation);
}

/** The newest `perValue` sources of each value of a claim, keyed by value_key. */
export async function listValueSources(db: DbOrTx, claim: string, perValue: number): Promise<Map<string, ObservationDetail[]>> {
  const rows = await executeRows<ObservationDetail>(
    db,
    sql`select src.* from claim_value_stats s
        cross join lateral (
          select ${observationColumns} from claim_observations o
          where o.claim = s.claim_key and o.value_key = s.value_key
          order by o.observed_at desc, o.id desc limit ${perValue}
        ) src
        where s.claim_key = ${claim}`,
  );
  const byValue = new Map<string, ObservationDetail[]>();
  for (const row of rows.map(normaliseObservation)) {
    const list = byValue.get(row.value_key) ?? [];
    list.push(row);
    byValue.set(row.value_key, list);
  }
  return byValue;
}

export type CoverageWeek = { week: Date; articles: number };

/** Relevant articles per week from the `coverage_weekly` view, oldest week first. */
export async function listCoverageWeeks(db: DbOrTx, opts: { since?: Date } = {}): Promise<CoverageWeek[]> {
  const since = opts.since ? sql`where week >= ${opts.since.toISOString()}::timestamptz` : sql``;
  const rows = await executeRows<CoverageWeek>(db, sql`select week, articles from coverage_weekly ${since} order by week`);
  return rows.map((r) => ({ week: new Date(r.week), articles: Number(r.articles) }));
}

export type RelevantArticle = {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string;
  seen_at: Date;
  body: string | null;
  mentions: string[];
};

/** The latest relevant originals, dated by publication or else by fetch, with their mentions. */
export async function listLatestRelevantArticles(db: DbOrTx, limit: number): Promise<RelevantArticle[]> {
  const rows = await executeRows<RelevantArticle>(
    db,
    sql`select id, title, outlet, canonical_url as url, coalesce(published_at, fetched_at) as seen_at, body,
          coalesce(mentions, '[]'::jsonb) as mentions
        from articles
        where is_relevant and duplicate_of is null and coalesce(published_at, fetched_at) is not null
        order by coalesce(published_at, fetched_at) desc, id desc limit ${limit}`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), seen_at: new Date(r.seen_at) }));
}

/** A row of the `feed_health` view. */
export type FeedHealthRow = {
  id: number;
  url: string;
  name: string | null;
  title: string | null;
  enabled: boolean;
  status: string;
  last_polled_at: Date | null;
  last_success_at: Date | null;
  last_new_item_at: Date | null;
  last_error: string | null;
  last_error_kind: string | null;
  consecutive_failures: number;
  next_poll_at: Date | null;
  item_count: number;
  is_overdue: boolean | null;
};

const feedDates = ["last_polled_at", "last_success_at", "last_new_item_at", "next_poll_at"] as const;

export async function listFeedHealth(db: DbOrTx): Promise<FeedHealthRow[]> {
  const rows = await executeRows<FeedHealthRow>(db, sql`select * from feed_health order by id`);
  return rows.map((r) => {
    const row = { ...r, id: Number(r.id) };
    for (const k of feedDates) row[k] = r[k] === null ? null : new Date(r[k]);
    return row;
  });
}
