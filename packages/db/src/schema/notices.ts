import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";

/**
 * The outbox of e-mails that are not alerts: feed health notices for the operator and daily
 * digests. Same guarantees as alerts: a unique dedup key, a lease while sending, sent once.
 */
export const notices = pgTable(
  "notices",
  {
    id: id(),
    dedupKey: text().notNull().unique(),
    /** feed-unhealthy | feed-recovered | digest */
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** pending | sending | sent | failed */
    status: text().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    leaseUntil: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    messageId: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.status), index().on(t.kind, t.createdAt)],
);
