// What one new figure does to a claim's alerts. Each row: the claim, the values already alerted
// (alert id -> value), the new figure, and the decision a reader of the inbox expects.
import type { Claim, FigureValue } from "@claimwatch/domain";
import { describe, expect, it } from "vitest";
import { claims, num, range, vague } from "./__fixtures__/figures.ts";
import { type AlertDecision, type AlertedValue, decideAlert } from "./decide-alert.ts";

const c = claims;
const alerted = (...values: [string, FigureValue][]): AlertedValue<string>[] =>
  values.map(([alertId, figure]) => ({ alertId, figure }));

const none = (reason: "agrees" | "not-comparable") => ({ action: "none", reason }) as const;
const join = (alertId: string) => ({ action: "join", alertId }) as const;
const change: AlertDecision<string> = { action: "raise", kind: "change", conflictsWith: [] };
const conflict = (...ids: string[]): AlertDecision<string> => ({ action: "raise", kind: "conflict", conflictsWith: ids });

const cases: [string, Claim, AlertedValue<string>[], FigureValue, AlertDecision<string>][] = [
  ["a figure that agrees with the baseline never alerts", c.workers, [], num(15200), none("agrees")],
  ["an agreeing figure stays quiet even when the claim has alerts", c.workers, alerted(["a1", num(50000)]), num(15000, "about"), none("agrees")],
  ["a vague amount is recorded, never alerted", c.workers, [], vague(10000, 99999), none("not-comparable")],
  ["another currency than the claim's is not comparable", c.pay, [], num(9000, "exact", "money", "RUB"), none("not-comparable")],
  ["the first figure that differs raises a change", c.workers, [], num(50000), change],
  ["the same value again joins its alert", c.workers, alerted(["a1", num(50000)]), num(50000), join("a1")],
  ['"about 50,000" joins the alert of 50,000', c.workers, alerted(["a1", num(50000)]), num(50000, "about"), join("a1")],
  ["a value within the claim's tolerance of an alerted one joins it (53,000 vs 50,000 at 10%)", c.workers, alerted(["a1", num(50000)]), num(53000), join("a1")],
  ["a value that rounds to an alerted one joins it (tolerance 0: 2,549,000 vs 2.5 million)", c.shortageStrict, alerted(["a1", num(2_000_000)], ["a2", num(2_500_000, "about")]), num(2_549_000), join("a2")],
  ["a second, different value raises a conflict with the first", c.workers, alerted(["a1", num(50000)]), num(30000), conflict("a1")],
  ["a third value conflicts with every earlier alert", c.workers, alerted(["a1", num(50000)], ["a2", num(30000)]), num(100000), conflict("a1", "a2")],
  ["a value agreeing with two alerts joins the closer one", c.workers, alerted(["a1", num(50000)], ["a2", num(56000)]), num(54500), join("a2")],
  ["...whatever their order", c.workers, alerted(["a2", num(56000)], ["a1", num(50000)]), num(51000), join("a1")],
  ["a point inside an alerted range joins it", c.pay, alerted(["a1", range(300, 400, "usd")]), num(350, "exact", "usd"), join("a1")],
  ['"at least 150" companies raises a change from "at least 120"', c.companies, [], num(150, "at_least"), change],
  ['"more than 150" joins the alert of "at least 150"', c.companies, alerted(["a1", num(150, "at_least")]), num(150, "more_than"), join("a1")],
  ['"at least 200" conflicts with the alert of "at least 150"', c.companies, alerted(["a1", num(150, "at_least")]), num(200, "at_least"), conflict("a1")],
  ['"up to $300" a month raises a change from "$100 to $200"', c.pay, [], num(300, "up_to", "usd"), change],
  ['"$150 to $250" conflicts with an alerted "up to $300"', c.pay, alerted(["a1", num(300, "up_to", "usd")]), range(150, 250, "usd"), conflict("a1")],
  ['"$200 to $300" joins the alert of "up to $300" (it names the same top)', c.pay, alerted(["a1", num(300, "up_to", "usd")]), range(200, 300, "usd"), join("a1")],
];

describe("decideAlert", () => {
  it.each(cases)("%s", (_description, claim, already, figure, expected) => {
    expect(decideAlert(figure, claim, already)).toEqual(expected);
  });

  it("never alerts on any value that agrees with the baseline, however many alerts exist", () => {
    const many = alerted(["a1", num(50000)], ["a2", num(30000)], ["a3", range(20000, 25000)]);
    const agreeing = [num(15000), num(15200), num(14000, "about"), num(15000, "more_than"), range(12000, 16000), num(16400, "nearly")];
    for (const figure of agreeing) expect(decideAlert(figure, c.workers, many)).toEqual(none("agrees"));
  });

  it("raises at most one alert per distinct value over a stream of reports", () => {
    const reports = [num(15000), num(50000), num(51000, "about"), num(49000), num(30000), num(50000), num(31000), vague(10000, 99999)];
    const raised: AlertedValue<string>[] = [];
    for (const figure of reports) {
      const decision = decideAlert(figure, c.workers, raised);
      if (decision.action === "raise") raised.push({ alertId: `a${raised.length + 1}`, figure });
    }
    expect(raised.map((a) => a.figure.value)).toEqual([50000, 30000]);
  });
});
