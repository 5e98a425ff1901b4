import { boolean, doublePrecision, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns.ts";

/** A watched feed with its fetch state (validators, body hash) and its health. */
export const feeds = pgTable(
  "feeds",
  {
    id: id(),
    url: text().notNull().unique(),
    name: text(),
    title: text(),
    isEnabled: boolean().notNull().default(true),
    etag: text(),
    lastModified: text(),
    bodySha256: text(),
    /** ok | failing | unhealthy */
    status: text().notNull().default("ok"),
    lastPolledAt: timestamp({ withTimezone: true }),
    lastSuccessAt: timestamp({ withTimezone: true }),
    lastNewItemAt: timestamp({ withTimezone: true }),
    lastError: text(),
    lastErrorKind: text(),
    consecutiveFailures: integer().notNull().default(0),
    failureScore: doublePrecision().notNull().default(0),
    nextPollAt: timestamp({ withTimezone: true }),
    itemCount: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.isEnabled, t.nextPollAt)],
);
