import type { Claim, FigureValue } from "@claimwatch/domain";
import { figuresAgree, judgeFigure } from "./verdict.ts";

/** A value already alerted for a claim. */
export type AlertedValue<Id> = { alertId: Id; figure: FigureValue };

export type AlertDecision<Id> =
  | { action: "none"; reason: "agrees" | "not-comparable" }
  | { action: "join"; alertId: Id }
  | { action: "raise"; kind: "change" | "conflict"; conflictsWith: Id[] };

/**
 * What one figure of a claim does to its alerts: nothing when it agrees with the baseline (or
 * cannot be compared), joins the alert of a value it agrees with, or raises a new alert. A new
 * alert is a conflict when the claim already has an alert for another value.
 */
export function decideAlert<Id>(figure: FigureValue, claim: Claim, alerted: AlertedValue<Id>[]): AlertDecision<Id> {
  const verdict = judgeFigure(figure, claim);
  if (verdict === null) return { action: "none", reason: "not-comparable" };
  if (verdict === "agrees") return { action: "none", reason: "agrees" };
  const same = alerted.find((a) => figuresAgree(figure, a.figure, claim.tolerance));
  if (same) return { action: "join", alertId: same.alertId };
  return {
    action: "raise",
    kind: alerted.length === 0 ? "change" : "conflict",
    conflictsWith: alerted.map((a) => a.alertId),
  };
}
