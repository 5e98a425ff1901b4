import type { ClaimStatusDetail } from "@claimwatch/db";
import type { ObservationView } from "../claim-detail.ts";
import { linearScale, paddedExtent, shortNumber } from "./chart-scale.ts";
import { html, type SafeHtml } from "./escape-html.ts";
import { formatDay, formatValue, midpoint } from "./format.ts";

const W = 960;
const H = 320;
const M = { top: 18, right: 24, bottom: 36, left: 64 };
const DAY = 86_400_000;

function verdictClass(v: string | null): string {
  return v === "agrees" ? "v-agrees" : v === "differs" ? "v-differs" : "v-none";
}

/**
 * Every observed value of a claim over time as an inline SVG: the baseline as a dashed line (a
 * range baseline as a band), stated ranges as vertical bars, each point a link to its row in
 * the observations table. All text in it is escaped; it needs no script and no stylesheet of
 * its own beyond the dashboard's.
 */
export function renderTimelineChart(claim: ClaimStatusDetail, observations: ObservationView[]): SafeHtml {
  const b = claim.baseline;
  const ys = observations.flatMap((o) => [o.value, o.low, o.high]).concat([b.value, b.low, b.high]);
  const times = observations.map((o) => o.observed_at.getTime());
  const t0 = times.length > 0 ? Math.min(...times) : Date.now() - 30 * DAY;
  const t1 = times.length > 0 ? Math.max(...times) : Date.now();
  const x = linearScale(t0 === t1 ? [t0 - DAY, t1 + DAY] : [t0 - (t1 - t0) * 0.02, t1 + (t1 - t0) * 0.02], [M.left, W - M.right], 6);
  const y = linearScale(paddedExtent(ys.filter((v): v is number => v !== null)), [H - M.bottom, M.top], 5);

  const yGrid = y.ticks.map(
    (t) => html`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/>
<text class="axis" x="${M.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${shortNumber(t)}</text>`,
  );
  const xLabels = x.ticks
    .filter((t) => t >= x.ticks[0]!)
    .map((t) => html`<text class="axis" x="${x(t).toFixed(1)}" y="${H - M.bottom + 18}" text-anchor="middle">${formatDay(new Date(t))}</text>`);

  const baseline =
    b.value !== null
      ? html`<line class="baseline" x1="${M.left}" x2="${W - M.right}" y1="${y(b.value).toFixed(1)}" y2="${y(b.value).toFixed(1)}"/>`
      : b.low !== null && b.high !== null
        ? html`<rect class="baseline-band" x="${M.left}" width="${W - M.left - M.right}" y="${y(b.high).toFixed(1)}" height="${Math.max(1, y(b.low) - y(b.high)).toFixed(1)}"/>`
        : "";
  const baselineY = midpoint(b);
  const baselineLabel =
    baselineY !== null ? html`<text class="baseline-label" x="${W - M.right - 4}" y="${(y(baselineY) - 6).toFixed(1)}" text-anchor="end">baseline ${formatValue(b)}</text>` : "";

  const points = observations.map((o) => {
    const cx = x(o.observed_at.getTime()).toFixed(1);
    const mid = midpoint(o);
    const cls = verdictClass(o.verdict);
    const range = o.low !== null && o.high !== null ? html`<line class="range ${cls}" x1="${cx}" x2="${cx}" y1="${y(o.low).toFixed(1)}" y2="${y(o.high).toFixed(1)}"/>` : "";
    const label = `${formatDay(o.observed_at)}: ${formatValue(o)} (${o.outlet ?? "unknown outlet"}: ${o.title ?? o.url})`;
    return html`<a class="point" href="#obs-${o.id}" data-observation="${o.id}"><title>${label}</title>${range}${
      mid !== null ? html`<circle class="${cls}" cx="${cx}" cy="${y(mid).toFixed(1)}" r="5"/>` : ""
    }</a>`;
  });

  return html`<svg class="chart timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="Observed values of ${claim.claim} over time" xmlns="http://www.w3.org/2000/svg">
${yGrid}${xLabels}${baseline}${baselineLabel}
<g class="points">${points}</g>
</svg>
<div class="legend"><span class="l-baseline">baseline</span><span class="l-agrees">agrees</span><span class="l-differs">differs</span><span class="l-none">not comparable</span></div>`;
}
