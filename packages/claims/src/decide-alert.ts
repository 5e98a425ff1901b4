import type { Claim, FigureValue } from "@claimwatch/domain";
import { figureDistance, figuresAgree, judgeFigure } from "./verdict.ts";

/** A value already alerted for a claim. */
export type AlertedValue<Id> = { alertId: Id; figure: FigureValue };

export type AlertDecision<Id> =
  | { action: "none"; reason: "agrees" | "not-comparable" }
  | { action: "join"; alertId: Id }
  | { action: "raise"; kind: "change" | "conflict"; conflictsWith: Id[] };

/**
 * What one figure of a claim does to its alerts (pure; the caller stores the outcome):
 * - nothing when it agrees with the baseline, whatever has been alerted since (it is recorded as
 *   confirming the baseline), or when it cannot be compared (vague, another unit or currency);
 * - joins the alert of a value it agrees with (verdict.ts rules, the claim's tolerance), so later
 *   sources of one value corroborate one alert instead of raising new ones; when it agrees with
 *   several, the closest wins, so the answer does not depend on the order of `alerted`;
 * - otherwise raises one new alert: a `change` when the claim has no alert yet, a `conflict`
 *   (listing every earlier alert) when sources now disagree with each other.
 * Deciding twice on the same inputs gives the same answer; exactly-once delivery is the caller's
 * unique key on (claim, alert), not this function's.
 */
export function decideAlert<Id>(figure: FigureValue, claim: Claim, alerted: AlertedValue<Id>[]): AlertDecision<Id> {
  const verdict = judgeFigure(figure, claim);
  if (verdict === null) return { action: "none", reason: "not-comparable" };
  if (verdict === "agrees") return { action: "none", reason: "agrees" };
  let best: { alertId: Id; distance: number } | undefined;
  for (const a of alerted) {
    if (!figuresAgree(figure, a.figure, claim.tolerance)) continue;
    const distance = figureDistance(figure, a.figure);
    if (best === undefined || distance < best.distance) best = { alertId: a.alertId, distance };
  }
  if (best) return { action: "join", alertId: best.alertId };
  return {
    action: "raise",
    kind: alerted.length === 0 ? "change" : "conflict",
    conflictsWith: alerted.map((a) => a.alertId),
  };
}
