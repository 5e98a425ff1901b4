import { bigint, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.ts";
import { articles } from "./articles.ts";
import { feeds } from "./feeds.ts";

/**
 * GUIDs seen per feed. An item is new only when neither its GUID (in its feed) nor its canonical
 * URL has been seen; the row stays when the item leaves the feed, so it never comes back as new.
 */
export const feedItems = pgTable(
  "feed_items",
  {
    feedId: bigint({ mode: "number" })
      .notNull()
      .references(() => feeds.id, { onDelete: "cascade" }),
    guid: text().notNull(),
    articleId: bigint({ mode: "number" })
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.feedId, t.guid] })],
);
