import { decideAlert, judgeFigure } from "@claimwatch/claims";
import { type Catalog, type Claim, type ClaimedFigure, valueKey } from "@claimwatch/domain";
import {
  type Db,
  findArticle,
  insertObservation,
  listAlertsForClaim,
  lockClaim,
  observationFigure,
  setObservationAlert,
  upsertAlert,
} from "@claimwatch/db";
import { alertSend, articleMatch, handlerFor, type HandlerEntry } from "@claimwatch/queue";

export type CompareDeps = { db: Db; catalog: Catalog; now: () => Date };

type Tally = { observations: number; agreeing: number; alertsRaised: number; corroborations: number };

/**
 * Compares an article's claimed figures with their baselines in one transaction: records each as
 * an observation, and raises an alert for a value that differs from the baseline and from every
 * value already alerted, or adds the article as a source of the alert it agrees with. Decisions on
 * a claim are serialised across workers (advisory lock), and a retry finds its observations
 * already recorded and decides nothing twice.
 */
export function createArticleMatchHandler(deps: CompareDeps): HandlerEntry {
  const claims = new Map(deps.catalog.claims.map((c) => [c.key, c]));
  return handlerFor(articleMatch, async ({ articleId }, ctx) => {
    const article = await findArticle(deps.db, articleId);
    if (!article) return { status: "skipped", reason: "article deleted" };
    if (article.status !== "fetched" || article.duplicateOf !== null) {
      return { status: "skipped", reason: `article is ${article.status}` };
    }
    const byClaim = groupByClaim(article.figures ?? [], claims);
    const observedAt = article.publishedAt ?? article.fetchedAt ?? deps.now();
    const tally: Tally = { observations: 0, agreeing: 0, alertsRaised: 0, corroborations: 0 };

    const raised = await deps.db.transaction(async (tx) => {
      const newAlerts: number[] = [];
      // Claims in key order, so two workers locking several claims cannot deadlock.
      for (const [key, figures] of [...byClaim].sort(([a], [b]) => a.localeCompare(b))) {
        const claim = claims.get(key) as Claim;
        await lockClaim(tx, key);
        const alerted = (await listAlertsForClaim(tx, key)).map((a) => ({ alertId: a.id, figure: observationFigure(a) }));
        for (const figure of figures) {
          const verdict = judgeFigure(figure, claim);
          const observation = await insertObservation(tx, { articleId, figure, verdict, observedAt });
          if (!observation) continue;
          tally.observations += 1;
          const decision = decideAlert(figure, claim, alerted);
          if (decision.action === "none") {
            if (decision.reason === "agrees") tally.agreeing += 1;
          } else if (decision.action === "join") {
            await setObservationAlert(tx, observation.id, decision.alertId);
            tally.corroborations += 1;
          } else {
            const { alert, isNew } = await upsertAlert(tx, { claimKey: key, kind: decision.kind, figure, firstObservationId: observation.id });
            await setObservationAlert(tx, observation.id, alert.id);
            if (isNew) {
              newAlerts.push(alert.id);
              alerted.push({ alertId: alert.id, figure: observationFigure(alert) });
            }
          }
        }
      }
      return newAlerts;
    });

    tally.alertsRaised = raised.length;
    // After commit: if this process dies before queueing, the outbox sweep finds the pending alerts.
    for (const alertId of raised) await ctx.enqueue(alertSend, { alertId });
    return { status: "done", counts: tally };
  });
}

/** Figures attached to a catalog claim, once per (claim, value): a teaser repeating the body counts once. */
function groupByClaim(figures: ClaimedFigure[], claims: Map<string, Claim>): Map<string, (ClaimedFigure & { claim: string })[]> {
  const groups = new Map<string, (ClaimedFigure & { claim: string })[]>();
  const seen = new Set<string>();
  for (const f of figures) {
    if (f.claim === null || !claims.has(f.claim)) continue;
    const id = `${f.claim}|${valueKey(f)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const list = groups.get(f.claim) ?? [];
    list.push(f as ClaimedFigure & { claim: string });
    groups.set(f.claim, list);
  }
  return groups;
}
