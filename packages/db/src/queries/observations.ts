import { type ClaimedFigure, type FigureValue, type Verdict, valueKey } from "@claimwatch/domain";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { observations } from "../schema/index.ts";

export type Observation = typeof observations.$inferSelect;

/**
 * Records that an article states a value of a claim. Returns the new row, or undefined when the
 * same (article, claim, value) is already recorded: a retried match job must not decide twice.
 */
export async function insertObservation(
  db: DbOrTx,
  input: { articleId: number; figure: ClaimedFigure & { claim: string }; verdict: Verdict | null; observedAt: Date },
): Promise<Observation | undefined> {
  const f = input.figure;
  const [row] = await db
    .insert(observations)
    .values({
      claimKey: f.claim,
      articleId: input.articleId,
      value: f.value,
      low: f.low,
      high: f.high,
      unit: f.unit,
      currency: f.currency ?? null,
      qualifier: f.qualifier,
      valueKey: valueKey(f),
      quote: f.quote,
      verdict: input.verdict,
      observedAt: input.observedAt,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function setObservationAlert(db: DbOrTx, observationId: number, alertId: number): Promise<void> {
  await db.update(observations).set({ alertId }).where(eq(observations.id, observationId));
}

export async function listObservationsForArticle(db: DbOrTx, articleId: number): Promise<Observation[]> {
  return db.select().from(observations).where(eq(observations.articleId, articleId));
}

/** Serialises decisions on one claim across workers until the transaction ends. */
export async function lockClaim(tx: DbOrTx, claimKey: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`claim:${claimKey}`}))`);
}

export function observationFigure(o: Pick<Observation, "value" | "low" | "high" | "unit" | "currency" | "qualifier">): FigureValue {
  return {
    value: o.value,
    low: o.low,
    high: o.high,
    unit: o.unit as FigureValue["unit"],
    currency: o.currency,
    qualifier: o.qualifier as FigureValue["qualifier"],
  };
}

export async function countObservations(db: DbOrTx, where?: { claimKey?: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(observations)
    .where(where?.claimKey ? and(eq(observations.claimKey, where.claimKey)) : undefined);
  return row?.n ?? 0;
}
