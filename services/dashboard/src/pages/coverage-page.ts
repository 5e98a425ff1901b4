import type { CoverageWeek, RelevantArticle } from "@claimwatch/db";
import { html } from "./escape-html.ts";
import { formatDay } from "./format.ts";
import { highlightMentions } from "./highlight-mentions.ts";
import { renderLayout } from "./layout.ts";
import { safeHref } from "./safe-url.ts";
import { fillWeeks, renderWeeklyChart } from "./weekly-chart.ts";

function articleEntry(a: RelevantArticle) {
  const href = safeHref(a.url);
  const title = a.title ?? a.url;
  const passages = highlightMentions(a.body, a.mentions);
  return html`<article class="hit" data-article="${a.id}">
<h3>${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${title}</a>` : title}</h3>
<div class="small muted">${a.outlet ?? "unknown outlet"} · ${formatDay(a.seen_at)}</div>
${passages.map((p) => html`<p>${p}</p>`)}
</article>`;
}

/** Coverage: relevant articles per week, and the latest ones with their mentioning sentences marked. */
export function renderCoveragePage(weeks: CoverageWeek[], latest: RelevantArticle[], opts: { signedIn?: boolean; now?: Date } = {}): string {
  const filled = fillWeeks(weeks);
  const total = weeks.reduce((n, w) => n + w.articles, 0);
  const since = (opts.now ?? new Date()).getTime() - 28 * 86_400_000;
  const recent = weeks.filter((w) => w.week.getTime() + 7 * 86_400_000 > since).reduce((n, w) => n + w.articles, 0);
  const body = html`<h1>Coverage</h1>
<div class="cards">
  <div class="card"><span class="muted small">Relevant articles</span><b>${total.toLocaleString("en-US")}</b></div>
  <div class="card"><span class="muted small">In the last 4 weeks</span><b>${recent.toLocaleString("en-US")}</b></div>
  <div class="card"><span class="muted small">Weeks covered</span><b>${filled.length}</b><span class="small muted">${formatDay(filled[0]?.week)} – ${formatDay(filled.at(-1)?.week)}</span></div>
</div>
<h2>Relevant articles per week</h2>
${filled.length > 0 ? renderWeeklyChart(filled) : html`<p class="note">No relevant article yet.</p>`}
<h2>Latest relevant articles</h2>
${latest.length > 0 ? latest.map(articleEntry) : html`<p class="muted">None yet.</p>`}
<p class="small muted"><a href="/api/coverage">JSON</a></p>`;
  return renderLayout({ title: "coverage", section: "coverage", body, signedIn: opts.signedIn });
}
