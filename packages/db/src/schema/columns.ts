import { bigint, doublePrecision, text, timestamp } from "drizzle-orm/pg-core";

export const id = () => bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity();
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** A figure's value as stored: value, or low..high; unit, currency and qualifier. */
export const figureColumns = () => ({
  value: doublePrecision(),
  low: doublePrecision(),
  high: doublePrecision(),
  unit: text().notNull(),
  currency: text(),
  qualifier: text().notNull(),
  /** valueKey() of @claimwatch/domain: the identity of a value, for uniqueness. */
  valueKey: text().notNull(),
});
