import { bigint, index, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { articles } from "./articles.ts";
import { alerts } from "./alerts.ts";
import { claims } from "./claims.ts";
import { createdAt, figureColumns, id } from "./columns.ts";

/**
 * A figure of an article attached to a tracked claim. Unique per (article, claim, value) so that
 * a retried match job, or a figure repeated in teaser and body, is recorded once.
 */
export const observations = pgTable(
  "observations",
  {
    id: id(),
    claimKey: text()
      .notNull()
      .references(() => claims.key, { onDelete: "cascade" }),
    articleId: bigint({ mode: "number" })
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    ...figureColumns(),
    quote: text().notNull(),
    /** agrees | differs | null (vague, not comparable) */
    verdict: text(),
    alertId: bigint({ mode: "number" }).references(() => alerts.id, { onDelete: "set null" }),
    /** When the article says it was published, else when it was fetched. */
    observedAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique().on(t.articleId, t.claimKey, t.valueKey),
    // The dashboard reads a claim's observations newest first (and per value): both keyed to the
    // row, so a timeline page or a value's latest sources is an index range, not a sort.
    index("observations_claim_key_observed_at_id_index").on(t.claimKey, t.observedAt, t.id),
    index("observations_claim_key_value_key_observed_at_id_index").on(t.claimKey, t.valueKey, t.observedAt, t.id),
    index().on(t.alertId),
  ],
);
