import { and, asc, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { notices } from "../schema/index.ts";

export type Notice = typeof notices.$inferSelect;
export type NoticeKind = "feed-unhealthy" | "feed-recovered" | "digest";

/** Queues a notice unless one with the same dedup key exists; returns it and whether it is new. */
export async function insertNotice(
  db: DbOrTx,
  input: { dedupKey: string; kind: NoticeKind; payload: Record<string, unknown> },
): Promise<{ notice: Notice; isNew: boolean }> {
  const [inserted] = await db.insert(notices).values(input).onConflictDoNothing({ target: notices.dedupKey }).returning();
  if (inserted) return { notice: inserted, isNew: true };
  const [existing] = await db.select().from(notices).where(eq(notices.dedupKey, input.dedupKey));
  if (!existing) throw new Error(`notice ${input.dedupKey} vanished while being queued`);
  return { notice: existing, isNew: false };
}

/** Takes the right to send a notice for `leaseMs` (see takeAlertLease). */
export async function takeNoticeLease(db: DbOrTx, id: number, leaseMs: number): Promise<Notice | undefined> {
  const [row] = await db
    .update(notices)
    .set({
      status: "sending",
      attempts: sql`${notices.attempts} + 1`,
      leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
    })
    .where(and(eq(notices.id, id), or(eq(notices.status, "pending"), and(eq(notices.status, "sending"), lt(notices.leaseUntil, sql`now()`)))))
    .returning();
  return row;
}

export async function markNoticeSent(db: DbOrTx, id: number, messageId: string): Promise<void> {
  await db.update(notices).set({ status: "sent", sentAt: sql`now()`, leaseUntil: null, messageId, lastError: null }).where(eq(notices.id, id));
}

export async function releaseNotice(db: DbOrTx, id: number, error: string): Promise<void> {
  await db
    .update(notices)
    .set({ status: "pending", leaseUntil: null, lastError: error })
    .where(and(eq(notices.id, id), eq(notices.status, "sending")));
}

export async function markNoticeFailed(db: DbOrTx, id: number, error: string): Promise<void> {
  await db.update(notices).set({ status: "failed", leaseUntil: null, lastError: error }).where(eq(notices.id, id));
}

/** Notices that should be sending: pending ones, and ones whose sender's lease expired. */
export async function listDueNoticeIds(db: DbOrTx): Promise<number[]> {
  const rows = await db
    .select({ id: notices.id })
    .from(notices)
    .where(or(eq(notices.status, "pending"), and(eq(notices.status, "sending"), or(isNull(notices.leaseUntil), lt(notices.leaseUntil, sql`now()`)))))
    .orderBy(asc(notices.id));
  return rows.map((r) => r.id);
}

export async function findNotice(db: DbOrTx, id: number): Promise<Notice | undefined> {
  const [row] = await db.select().from(notices).where(eq(notices.id, id));
  return row;
}

export async function findLatestNotice(db: DbOrTx, kind: NoticeKind): Promise<Notice | undefined> {
  const [row] = await db.select().from(notices).where(eq(notices.kind, kind)).orderBy(desc(notices.id)).limit(1);
  return row;
}
