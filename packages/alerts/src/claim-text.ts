import type { Claim, FigureValue } from "@claimwatch/domain";
import { cleanText } from "./escape-html.ts";
import { formatDate } from "./format-date.ts";

/** The claim's baseline as a figure (the same reading as @claimwatch/claims' baselineValue). */
export function claimBaseline(claim: Claim): FigureValue {
  const b = claim.baseline;
  const currency = claim.currency ?? null;
  return b.qualifier === "range"
    ? { value: null, low: b.low ?? null, high: b.high ?? null, unit: claim.unit, qualifier: "range", currency }
    : { value: b.value ?? null, low: null, high: null, unit: claim.unit, qualifier: b.qualifier, currency };
}

/** "according to South Korea's National Intelligence Service (Yonhap), May 2025". */
export function describeBaselineSource(claim: Claim): string {
  const { name, outlet, date } = claim.source;
  const who = outlet ? `${cleanText(name)} (${cleanText(outlet)})` : cleanText(name);
  const when = formatDate(date);
  return when ? `according to ${who}, ${when}` : `according to ${who}`;
}

/** The dashboard page of a claim: `${dashboardUrl}/claims/${key}`. */
export function claimUrl(dashboardUrl: string, key: string): string {
  return `${dashboardUrl.replace(/\/+$/, "")}/claims/${encodeURIComponent(key)}`;
}
