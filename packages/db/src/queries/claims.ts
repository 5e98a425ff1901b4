import type { Claim } from "@claimwatch/domain";
import { notInArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { claims } from "../schema/index.ts";

/**
 * Makes the claims table match the catalog: inserts new claims, updates changed ones, and marks
 * claims no longer in the catalog inactive (their observations stay). Idempotent.
 */
export async function upsertClaims(db: DbOrTx, catalogClaims: Claim[]): Promise<void> {
  const rows = catalogClaims.map((c) => ({
    key: c.key,
    description: c.description,
    unit: c.unit,
    currency: c.currency ?? null,
    baselineValue: c.baseline.value ?? null,
    baselineLow: c.baseline.low ?? null,
    baselineHigh: c.baseline.high ?? null,
    baselineQualifier: c.baseline.qualifier,
    sourceName: c.source.name,
    sourceDate: c.source.date ?? null,
    tolerance: c.tolerance,
    definition: c,
    isActive: true,
  }));
  await db
    .insert(claims)
    .values(rows)
    .onConflictDoUpdate({
      target: claims.key,
      set: {
        description: sql`excluded.description`,
        unit: sql`excluded.unit`,
        currency: sql`excluded.currency`,
        baselineValue: sql`excluded.baseline_value`,
        baselineLow: sql`excluded.baseline_low`,
        baselineHigh: sql`excluded.baseline_high`,
        baselineQualifier: sql`excluded.baseline_qualifier`,
        sourceName: sql`excluded.source_name`,
        sourceDate: sql`excluded.source_date`,
        tolerance: sql`excluded.tolerance`,
        definition: sql`excluded.definition`,
        isActive: true,
        updatedAt: sql`now()`,
      },
    });
  await db
    .update(claims)
    .set({ isActive: false, updatedAt: sql`now()` })
    .where(notInArray(claims.key, rows.map((r) => r.key)));
}

/** The catalog entries stored with the claims, by key (what the e-mails describe). */
export async function listClaimDefinitions(db: DbOrTx): Promise<Map<string, Claim>> {
  const rows = await db.select({ key: claims.key, definition: claims.definition }).from(claims);
  return new Map(rows.map((r) => [r.key, r.definition]));
}
