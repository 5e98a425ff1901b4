import { bigint, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { claims } from "./claims.ts";
import { createdAt, figureColumns, id } from "./columns.ts";

/**
 * The outbox: one row per new value of a claim. `dedupKey` (claim + value) is unique, so no
 * retry, rerun or second worker can raise the same alert twice. A notify worker takes a lease
 * (status sending, leaseUntil) before sending and marks the row sent right after the server
 * accepts the message; an expired lease lets another worker resend with the same Message-ID.
 */
export const alerts = pgTable(
  "alerts",
  {
    id: id(),
    dedupKey: text().notNull().unique(),
    claimKey: text()
      .notNull()
      .references(() => claims.key, { onDelete: "cascade" }),
    /** change | conflict */
    kind: text().notNull(),
    ...figureColumns(),
    firstObservationId: bigint({ mode: "number" }),
    /** pending | sending | sent | failed, or queued: waiting for the daily digest (ALERT_MODE=digest) */
    status: text().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    leaseUntil: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    messageId: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.claimKey), index().on(t.status)],
);
