import type { Claim } from "@claimwatch/domain";
import { boolean, doublePrecision, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { updatedAt } from "./columns.ts";

/** The tracked claims, synced from the catalog file at start; `definition` is the catalog entry. */
export const claims = pgTable("claims", {
  key: text().primaryKey(),
  description: text().notNull(),
  unit: text().notNull(),
  currency: text(),
  baselineValue: doublePrecision(),
  baselineLow: doublePrecision(),
  baselineHigh: doublePrecision(),
  baselineQualifier: text().notNull(),
  sourceName: text().notNull(),
  sourceDate: text(),
  tolerance: doublePrecision().notNull(),
  definition: jsonb().$type<Claim>().notNull(),
  /** False once the claim is removed from the catalog; its history stays. */
  isActive: boolean().notNull().default(true),
  updatedAt: updatedAt(),
});
