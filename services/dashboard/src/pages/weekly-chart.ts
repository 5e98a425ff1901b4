import type { CoverageWeek } from "@claimwatch/db";
import { linearScale, shortNumber } from "./chart-scale.ts";
import { html, type SafeHtml } from "./escape-html.ts";
import { formatDay } from "./format.ts";

const W = 960;
const H = 260;
const M = { top: 14, right: 16, bottom: 34, left: 52 };
const WEEK = 7 * 86_400_000;

/** Every week from the first to the last with coverage, weeks without any as zero. */
export function fillWeeks(weeks: CoverageWeek[]): CoverageWeek[] {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return [];
  const byTime = new Map(weeks.map((w) => [w.week.getTime(), w.articles]));
  const out: CoverageWeek[] = [];
  for (let t = first.week.getTime(); t <= last.week.getTime(); t += WEEK) {
    out.push({ week: new Date(t), articles: byTime.get(t) ?? 0 });
  }
  return out;
}

/** Relevant articles per week as SVG bars, each with its week and count as a tooltip. */
export function renderWeeklyChart(filled: CoverageWeek[]): SafeHtml {
  const max = Math.max(1, ...filled.map((w) => w.articles));
  const y = linearScale([0, max], [H - M.bottom, M.top], 4);
  const band = (W - M.left - M.right) / Math.max(1, filled.length);
  const gap = band > 4 ? 1 : 0;
  const bars = filled.map((w, i) => {
    const top = y(w.articles);
    return html`<rect class="bar" data-week="${formatDay(w.week)}" data-articles="${w.articles}" x="${(M.left + i * band).toFixed(2)}" y="${top.toFixed(1)}" width="${Math.max(0.5, band - gap).toFixed(2)}" height="${(H - M.bottom - top).toFixed(1)}"><title>week of ${formatDay(w.week)}: ${w.articles} articles</title></rect>`;
  });
  const every = Math.max(1, Math.ceil(filled.length / 8));
  const labels = filled
    .map((w, i) => ({ w, i }))
    .filter(({ i }) => i % every === 0)
    .map(({ w, i }) => html`<text class="axis" x="${(M.left + i * band + band / 2).toFixed(1)}" y="${H - M.bottom + 18}" text-anchor="middle">${formatDay(w.week)}</text>`);
  const grid = y.ticks.filter(Number.isInteger).map(
    (t) => html`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/><text class="axis" x="${M.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${shortNumber(t)}</text>`,
  );
  return html`<svg class="chart weekly" viewBox="0 0 ${W} ${H}" role="img" aria-label="Relevant articles per week" xmlns="http://www.w3.org/2000/svg">${grid}${labels}<g class="bars">${bars}</g></svg>`;
}
