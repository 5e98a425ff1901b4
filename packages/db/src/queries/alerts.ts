import { type FigureValue, valueKey } from "@claimwatch/domain";
import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { alerts, articles, claims, observations } from "../schema/index.ts";
import { observationFigure } from "./observations.ts";

export type Alert = typeof alerts.$inferSelect;
export type AlertId = Alert["id"];

export async function listAlertsForClaim(db: DbOrTx, claimKey: string): Promise<Alert[]> {
  return db.select().from(alerts).where(eq(alerts.claimKey, claimKey)).orderBy(asc(alerts.id));
}

/**
 * Raises the alert for a new value of a claim, or returns the existing one with the same
 * dedup key (claim + value): `isNew` tells which. Call under lockClaim().
 */
export async function upsertAlert(
  db: DbOrTx,
  input: { claimKey: string; kind: "change" | "conflict"; figure: FigureValue; firstObservationId: number },
): Promise<{ alert: Alert; isNew: boolean }> {
  const f = input.figure;
  const key = valueKey(f);
  const dedupKey = `${input.claimKey}|${key}`;
  const [inserted] = await db
    .insert(alerts)
    .values({
      dedupKey,
      claimKey: input.claimKey,
      kind: input.kind,
      value: f.value,
      low: f.low,
      high: f.high,
      unit: f.unit,
      currency: f.currency ?? null,
      qualifier: f.qualifier,
      valueKey: key,
      firstObservationId: input.firstObservationId,
    })
    .onConflictDoNothing({ target: alerts.dedupKey })
    .returning();
  if (inserted) return { alert: inserted, isNew: true };
  const [existing] = await db.select().from(alerts).where(eq(alerts.dedupKey, dedupKey));
  if (!existing) throw new Error(`alert ${dedupKey} vanished while being raised`);
  return { alert: existing, isNew: false };
}

/**
 * Takes the right to send an alert for `leaseMs`: only a pending alert, or one whose previous
 * sender's lease expired (it died mid-send), can be taken, so two notify workers never send the
 * same alert at once. Returns undefined when the alert is sent, failed, or leased by another.
 */
export async function takeAlertLease(db: DbOrTx, id: AlertId, leaseMs: number): Promise<Alert | undefined> {
  const [row] = await db
    .update(alerts)
    .set({
      status: "sending",
      attempts: sql`${alerts.attempts} + 1`,
      leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
    })
    .where(
      and(
        eq(alerts.id, id),
        or(eq(alerts.status, "pending"), and(eq(alerts.status, "sending"), lt(alerts.leaseUntil, sql`now()`))),
      ),
    )
    .returning();
  return row;
}

export async function markAlertSent(db: DbOrTx, id: AlertId, messageId: string): Promise<void> {
  await db
    .update(alerts)
    .set({ status: "sent", sentAt: sql`now()`, leaseUntil: null, messageId, lastError: null })
    .where(eq(alerts.id, id));
}

/** A transient failure: the alert goes back to pending, with the error, for the next attempt. */
export async function releaseAlert(db: DbOrTx, id: AlertId, error: string): Promise<void> {
  await db
    .update(alerts)
    .set({ status: "pending", leaseUntil: null, lastError: error })
    .where(and(eq(alerts.id, id), eq(alerts.status, "sending")));
}

export async function markAlertFailed(db: DbOrTx, id: AlertId, error: string): Promise<void> {
  await db.update(alerts).set({ status: "failed", leaseUntil: null, lastError: error }).where(eq(alerts.id, id));
}

/** Alerts that should be sending: pending ones, and ones whose sender's lease expired. */
export async function listDueAlertIds(db: DbOrTx): Promise<AlertId[]> {
  const rows = await db
    .select({ id: alerts.id })
    .from(alerts)
    .where(
      or(
        eq(alerts.status, "pending"),
        and(eq(alerts.status, "sending"), or(isNull(alerts.leaseUntil), lt(alerts.leaseUntil, sql`now()`))),
      ),
    )
    .orderBy(asc(alerts.id));
  return rows.map((r) => r.id);
}

export type AlertSource = {
  articleId: number;
  title: string | null;
  outlet: string | null;
  url: string;
  published: Date | null;
  quote: string;
  observedAt: Date;
};

/** An alert with everything its e-mail shows: claim, sources of its value, conflicting values. */
export async function getAlertDetails(db: DbOrTx, id: AlertId) {
  const [alert] = await db.select().from(alerts).where(eq(alerts.id, id));
  if (!alert) return undefined;
  const [claim] = await db.select().from(claims).where(eq(claims.key, alert.claimKey));
  if (!claim) return undefined;
  const sources: AlertSource[] = await db
    .select({
      articleId: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      url: articles.canonicalUrl,
      published: articles.publishedAt,
      quote: observations.quote,
      observedAt: observations.observedAt,
    })
    .from(observations)
    .innerJoin(articles, eq(articles.id, observations.articleId))
    .where(eq(observations.alertId, id))
    .orderBy(asc(observations.observedAt), asc(observations.id));
  const others = await db
    .select()
    .from(alerts)
    .where(and(eq(alerts.claimKey, alert.claimKey), sql`${alerts.id} <> ${id}`))
    .orderBy(asc(alerts.id));
  return {
    alert,
    figure: observationFigure(alert),
    claim: claim.definition,
    sources,
    conflictsWith: others.map((o) => ({ alertId: o.id, figure: observationFigure(o) })),
  };
}

export async function listAlertsByIds(db: DbOrTx, ids: AlertId[]): Promise<Alert[]> {
  if (ids.length === 0) return [];
  return db.select().from(alerts).where(inArray(alerts.id, ids)).orderBy(asc(alerts.id));
}

/** In digest mode an alert waits, as `queued`, for the next digest instead of its own e-mail. */
export async function queueAlertForDigest(db: DbOrTx, id: AlertId): Promise<void> {
  await db.update(alerts).set({ status: "queued", leaseUntil: null }).where(and(eq(alerts.id, id), eq(alerts.status, "sending")));
}

export type DigestItems = {
  /** Alerts waiting for the digest, with their first source. */
  newValues: { alert: Alert; claimDescription: string; quote: string; title: string | null; outlet: string | null; url: string; sources: number }[];
  /** Sources that joined an alert (sent or waiting) after it was raised, since `since`. */
  corroborations: { alert: Alert; claimDescription: string; quote: string; title: string | null; outlet: string | null; url: string }[];
};

/** What the next digest holds: alerts still queued, and sources added to other alerts after `since`. */
export async function listDigestItems(db: DbOrTx, since: Date, until: Date): Promise<DigestItems> {
  const queued = await db
    .select()
    .from(alerts)
    .where(and(eq(alerts.status, "queued"), sql`${alerts.createdAt} <= ${until}`))
    .orderBy(asc(alerts.claimKey), asc(alerts.id));
  const rows = await db
    .select({ alert: alerts, observationId: observations.id, quote: observations.quote, title: articles.title, outlet: articles.outlet, url: articles.canonicalUrl, description: claims.description })
    .from(observations)
    .innerJoin(articles, eq(articles.id, observations.articleId))
    .innerJoin(alerts, eq(alerts.id, observations.alertId))
    .innerJoin(claims, eq(claims.key, alerts.claimKey))
    .where(
      and(
        sql`${observations.createdAt} <= ${until}`,
        sql`${articles.duplicateOf} is null`,
        or(eq(alerts.status, "queued"), sql`${observations.createdAt} > ${since}`),
      ),
    )
    .orderBy(asc(observations.id));
  const newValues = queued.map((alert) => {
    const sources = rows.filter((r) => r.alert.id === alert.id);
    const first = sources.find((s) => s.observationId === alert.firstObservationId) ?? sources[0];
    return {
      alert,
      claimDescription: first?.description ?? alert.claimKey,
      quote: first?.quote ?? "",
      title: first?.title ?? null,
      outlet: first?.outlet ?? null,
      url: first?.url ?? "",
      sources: sources.length,
    };
  });
  const corroborations = rows
    .filter((r) => r.alert.status !== "queued" && r.observationId !== r.alert.firstObservationId)
    .map((r) => ({ alert: r.alert, claimDescription: r.description, quote: r.quote, title: r.title, outlet: r.outlet, url: r.url }));
  return { newValues, corroborations };
}

/** Marks the alerts a digest delivered as sent, with the digest's Message-ID. */
export async function markAlertsDigested(db: DbOrTx, ids: AlertId[], messageId: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(alerts)
    .set({ status: "sent", sentAt: sql`now()`, messageId, lastError: null })
    .where(and(inArray(alerts.id, ids), eq(alerts.status, "queued")));
}
