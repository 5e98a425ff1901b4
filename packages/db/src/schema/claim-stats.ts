import { bigint, doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { claims } from "./claims.ts";

/**
 * Running totals per (claim, value) that the `claim_status` view reads instead of aggregating
 * every observation on each request. Maintained by triggers on observations and articles
 * (migration 0002): inserts add to them, deletes and rewrites recompute the claims they touch.
 * Copies of another article (duplicate_of set) are left out, as everywhere on the dashboard.
 * Never written by application code.
 */
export const claimValueStats = pgTable(
  "claim_value_stats",
  {
    claimKey: text()
      .notNull()
      .references(() => claims.key, { onDelete: "cascade" }),
    valueKey: text().notNull(),
    /** Observations of this value; one per article, so also its number of sources. */
    observations: integer().notNull(),
    /** Of those, the ones with a verdict (comparable with the baseline). */
    comparable: integer().notNull(),
    firstSeen: timestamp({ withTimezone: true }).notNull(),
    lastSeen: timestamp({ withTimezone: true }).notNull(),
    /** The earliest observation (observed_at, id) of the value: its wording stands for the value. */
    firstObservationId: bigint({ mode: "number" }).notNull(),
    // Copied from that first observation, so the dashboard query never visits the observations.
    value: doublePrecision(),
    low: doublePrecision(),
    high: doublePrecision(),
    unit: text().notNull(),
    currency: text(),
    qualifier: text().notNull(),
    verdict: text(),
  },
  (t) => [primaryKey({ columns: [t.claimKey, t.valueKey] })],
);

/**
 * Per claim: distinct articles stating any of its values, and the roll-up of its
 * claim_value_stats rows, including the `values` array exactly as claim_status shows it, so that
 * reading the dashboard never aggregates. Maintained like claim_value_stats.
 */
export const claimStats = pgTable("claim_stats", {
  claimKey: text()
    .primaryKey()
    .references(() => claims.key, { onDelete: "cascade" }),
  sources: integer().notNull().default(0),
  observations: integer().notNull().default(0),
  comparable: integer().notNull().default(0),
  firstSeen: timestamp({ withTimezone: true }),
  lastSeen: timestamp({ withTimezone: true }),
  values: jsonb().notNull().default([]),
});

/**
 * Relevant original articles per week (Monday 00:00 UTC), dated by publication or else by fetch:
 * what the `coverage_weekly` view shows. Maintained by a trigger on articles (migration 0003).
 */
export const coverageWeekStats = pgTable("coverage_week_stats", {
  week: timestamp({ withTimezone: true }).primaryKey(),
  articles: integer().notNull(),
});
