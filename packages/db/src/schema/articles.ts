import type { ClaimedFigure } from "@claimwatch/domain";
import { sql } from "drizzle-orm";
import { bigint, boolean, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns.ts";
import { feeds } from "./feeds.ts";

/**
 * One story. `canonicalUrl` is unique: the page's declared canonical URL once read, the
 * canonicalised feed link before. An article found to be a copy of another (same canonical URL or
 * same body) keeps its row with `duplicateOf` set and is never matched.
 */
export const articles = pgTable(
  "articles",
  {
    id: id(),
    canonicalUrl: text().notNull().unique(),
    url: text().notNull(),
    feedId: bigint({ mode: "number" }).references(() => feeds.id, { onDelete: "set null" }),
    title: text(),
    outlet: text(),
    publishedAt: timestamp({ withTimezone: true }),
    fetchedAt: timestamp({ withTimezone: true }),
    /** pending | fetched | not_article | skipped | failed | duplicate */
    status: text().notNull().default("pending"),
    error: text(),
    contentHash: text(),
    /** 64-bit SimHash of the body (signed), to find syndicated copies that differ in a few words. */
    simhash: bigint({ mode: "bigint" }),
    language: text(),
    isRelevant: boolean(),
    body: text(),
    figures: jsonb().$type<ClaimedFigure[]>(),
    mentions: jsonb().$type<string[]>(),
    duplicateOf: bigint({ mode: "number" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.contentHash),
    index().on(t.publishedAt),
    index().on(t.isRelevant, t.publishedAt),
    // Coverage on the dashboard: relevant originals by date (the same expression as the
    // coverage_weekly view and the latest-articles list), without visiting the table's bodies.
    index("articles_relevant_seen_at_index")
      .on(sql`(coalesce(${t.publishedAt}, ${t.fetchedAt}))`)
      .where(sql`${t.isRelevant} and ${t.duplicateOf} is null`),
  ],
);
