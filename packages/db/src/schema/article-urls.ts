import { bigint, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.ts";
import { articles } from "./articles.ts";

/** Every canonicalised URL an article is known under (feed links, redirects, declared canonical). */
export const articleUrls = pgTable("article_urls", {
  url: text().primaryKey(),
  articleId: bigint({ mode: "number" })
    .notNull()
    .references(() => articles.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});
