import type { ClaimDetail, ObservationView } from "../claim-detail.ts";
import { statusLabel } from "./claims-page.ts";
import { html } from "./escape-html.ts";
import { formatChange, formatDay, formatMinute, formatValue } from "./format.ts";
import { renderLayout } from "./layout.ts";
import { safeHref } from "./safe-url.ts";
import { renderTimelineChart } from "./timeline-chart.ts";

function articleLink(o: Pick<ObservationView, "title" | "url">) {
  const href = safeHref(o.url);
  const text = o.title ?? o.url;
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>` : html`<span>${text}</span>`;
}

function verdictBadge(verdict: string | null) {
  return html`<span class="status ${verdict ?? "unjudged"}">${verdict ?? "not comparable"}</span>`;
}

function observationRow(o: ObservationView) {
  return html`<tr id="obs-${o.id}" data-observation="${o.id}">
  <td class="date">${formatDay(o.observed_at)}</td><td>${formatValue(o)}</td><td>${verdictBadge(o.verdict)}</td>
  <td><blockquote>${o.quote}</blockquote></td>
  <td>${articleLink(o)}<br><span class="small muted">${o.outlet ?? "unknown outlet"}${o.published_at ? ` · published ${formatDay(o.published_at)}` : ""}</span></td>
  <td>${o.alert_id !== null ? html`alert #${o.alert_id} <span class="status ${o.alert_status ?? ""}">${o.alert_status ?? ""}</span>` : "—"}</td>
</tr>`;
}

function valuesSection(d: ClaimDetail) {
  if (d.values.length === 0) return html`<p class="muted">No value of this claim has been reported yet.</p>`;
  return html`<table id="values"><thead><tr><th>Value</th><th>Verdict</th><th class="num">Sources</th><th>First seen</th><th>Last seen</th><th>Newest sources</th></tr></thead><tbody>
${d.values.map(
  (v) => html`<tr data-value="${v.value_key}"><td>${formatValue(v)}</td><td>${verdictBadge(v.verdict)}</td><td class="num">${v.sources}</td>
  <td class="date">${formatDay(v.first_seen)}</td><td class="date">${formatDay(v.last_seen)}</td>
  <td><ul class="sources">${v.recent_sources.map((s) => html`<li>${s.outlet ?? "unknown outlet"}: ${articleLink(s)} <span class="muted small">${formatDay(s.observed_at)}</span> <a class="small" href="#obs-${s.id}">quote</a></li>`)}</ul>
  ${v.sources > v.recent_sources.length ? html`<span class="small muted">and ${v.sources - v.recent_sources.length} more (see the CSV)</span>` : ""}</td></tr>`,
)}
</tbody></table>`;
}

function alertsSection(d: ClaimDetail) {
  if (d.alerts.length === 0) return html`<p class="muted">No alert: no reported value differed from the baseline.</p>`;
  return html`<table id="alerts"><thead><tr><th>Alert</th><th>Kind</th><th>Value</th><th>Delivery</th><th class="num">Attempts</th><th>Raised</th><th>Sent</th><th>Last error</th></tr></thead><tbody>
${d.alerts.map(
  (a) => html`<tr data-alert="${a.id}"><td>#${a.id}</td><td>${a.kind}</td><td>${formatValue(a)}</td><td><span class="status ${a.status}">${a.status}</span></td>
  <td class="num">${a.attempts}</td><td>${formatMinute(a.created_at)}</td><td>${formatMinute(a.sent_at)}</td><td class="small error">${a.last_error ?? ""}</td></tr>`,
)}
</tbody></table>`;
}

/** One claim: its timeline, its values with their sources, every observation with provenance, its alerts. */
export function renderClaimPage(d: ClaimDetail, opts: { signedIn?: boolean; limit: number }): string {
  const c = d.claim;
  const key = encodeURIComponent(c.claim);
  const paging =
    d.observations_total > d.observations.length
      ? html`<p class="small muted">The chart and table show the newest ${d.observations.length} of ${d.observations_total} observations.
${d.next_before ? html`<a href="/claims/${key}?before=${encodeURIComponent(d.next_before)}&amp;limit=${opts.limit}">Older observations</a> · ` : ""}<a href="/api/observations.csv?claim=${key}">all as CSV</a></p>`
      : "";
  const body = html`<p class="small"><a href="/">← all claims</a></p>
<h1><code>${c.claim}</code> <span class="status ${c.status}">${statusLabel[c.status]}</span></h1>
<p>${c.description}</p>
<div class="cards">
  <div class="card"><span class="muted small">Baseline (${c.baseline.source}${c.baseline.date ? `, ${c.baseline.date}` : ""})</span><b>${formatValue(c.baseline)}</b></div>
  <div class="card"><span class="muted small">Latest</span><b>${c.latest ? formatValue(c.latest) : "—"}</b><span class="small muted">${c.latest ? `${c.latest.outlet ?? ""} ${formatDay(c.latest.observed_at)}` : ""}</span></div>
  <div class="card"><span class="muted small">Change</span><b>${formatChange(c.change_pct)}</b></div>
  <div class="card"><span class="muted small">Sources · observations</span><b>${c.sources} · ${c.observations}</b><span class="small muted">first ${formatDay(c.first_seen)}, last ${formatDay(c.last_seen)}</span></div>
</div>
<h2>Timeline</h2>
${d.observations.length > 0 ? renderTimelineChart(c, d.observations) : html`<p class="note">No observation of this claim yet.</p>`}
${paging}
<h2>Values and their sources</h2>
${valuesSection(d)}
<h2>Alerts</h2>
${alertsSection(d)}
<h2>Observations</h2>
<table id="observations"><thead><tr><th>Date</th><th>Value</th><th>Verdict</th><th>Quote</th><th>Article</th><th>Alert</th></tr></thead><tbody>
${d.observations.map(observationRow)}
</tbody></table>
<p class="small muted"><a href="/api/claims/${key}">JSON</a> · <a href="/api/observations.csv?claim=${key}">CSV</a></p>`;
  return renderLayout({ title: c.claim, section: "claims", body, signedIn: opts.signedIn });
}
