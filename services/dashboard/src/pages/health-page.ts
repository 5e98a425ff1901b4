import type { FeedHealthRow } from "@claimwatch/db";
import type { FailedJob, QueueCounts } from "../queue-health.ts";
import { html } from "./escape-html.ts";
import { formatMinute } from "./format.ts";
import { renderLayout } from "./layout.ts";
import { safeHref } from "./safe-url.ts";

export type HealthView = {
  database: string;
  feeds: FeedHealthRow[];
  /** null: this process runs jobs in-process (no Redis); an error text when Redis failed. */
  queues: QueueCounts | null | { error: string };
  failedJobs: FailedJob[] | null | { error: string };
  hasQueueBoard: boolean;
};

const counters = ["waiting", "active", "delayed", "failed", "completed"] as const;

function feedRow(f: FeedHealthRow) {
  const href = safeHref(f.url);
  const state = !f.enabled ? "disabled" : f.is_overdue ? "overdue" : f.status;
  return html`<tr data-feed="${f.id}" data-state="${state}">
  <td>${f.name ?? f.title ?? ""}<br><span class="small">${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${f.url}</a>` : f.url}</span></td>
  <td><span class="status ${state}">${state}</span></td>
  <td>${formatMinute(f.last_polled_at)}</td><td>${formatMinute(f.last_success_at)}</td><td>${formatMinute(f.next_poll_at)}</td>
  <td class="num">${f.consecutive_failures}</td>
  <td class="small error">${f.last_error ?? ""}${f.last_error_kind ? html` <span class="muted">(${f.last_error_kind})</span>` : ""}</td>
</tr>`;
}

function queuesSection(v: HealthView) {
  if (v.queues === null) return html`<p class="note">No Redis in this process: jobs run in-process, so there are no queues to show.</p>`;
  if ("error" in v.queues && typeof v.queues.error === "string") return html`<p class="note error">Redis does not answer: ${v.queues.error}</p>`;
  const queues = v.queues as QueueCounts;
  return html`<table id="queues"><thead><tr><th>Queue</th>${counters.map((c) => html`<th class="num">${c}</th>`)}</tr></thead><tbody>
${Object.entries(queues).map(([name, counts]) => html`<tr data-queue="${name}"><td><code>${name}</code></td>${counters.map((c) => html`<td class="num" data-count="${c}">${counts[c] ?? 0}</td>`)}</tr>`)}
</tbody></table>`;
}

function failedSection(v: HealthView) {
  if (v.failedJobs === null) return "";
  if (!Array.isArray(v.failedJobs)) return html`<p class="note error">Cannot list failed jobs: ${v.failedJobs.error}</p>`;
  if (v.failedJobs.length === 0) return html`<p class="muted">No failed job.</p>`;
  return html`<table id="failed-jobs"><thead><tr><th>Queue</th><th>Job</th><th>Failed</th><th class="num">Attempts</th><th>Error</th><th>Payload</th></tr></thead><tbody>
${v.failedJobs.map(
  (j) => html`<tr><td><code>${j.queue}</code></td><td><code>${j.id}</code></td><td>${formatMinute(j.failed_at)}</td><td class="num">${j.attempts_made}</td>
  <td class="small error">${j.failed_reason}</td><td><pre>${JSON.stringify(j.data)}</pre></td></tr>`,
)}
</tbody></table>`;
}

/** Is the monitor healthy: database, every feed's last fetch and next poll, queues, failed jobs. */
export function renderHealthPage(v: HealthView, opts: { signedIn?: boolean } = {}): string {
  const failing = v.feeds.filter((f) => f.enabled && f.status !== "ok").length;
  const overdue = v.feeds.filter((f) => f.is_overdue).length;
  const body = html`<h1>Health</h1>
<div class="cards">
  <div class="card"><span class="muted small">Database</span><b class="${v.database === "ok" ? "" : "error"}">${v.database}</b></div>
  <div class="card"><span class="muted small">Feeds enabled</span><b>${v.feeds.filter((f) => f.enabled).length}</b></div>
  <div class="card"><span class="muted small">Feeds failing</span><b>${failing}</b></div>
  <div class="card"><span class="muted small">Feeds overdue</span><b>${overdue}</b></div>
</div>
<h2>Feeds</h2>
${v.feeds.length > 0 ? html`<table id="feeds"><thead><tr><th>Feed</th><th>State</th><th>Last fetch</th><th>Last success</th><th>Next poll</th><th class="num">Failures</th><th>Last error</th></tr></thead><tbody>
${v.feeds.map(feedRow)}
</tbody></table>` : html`<p class="muted">No feed yet.</p>`}
<h2>Queues</h2>
${queuesSection(v)}
${v.hasQueueBoard ? html`<p class="small"><a href="/admin/queues">Open the queue board</a> (read-only)</p>` : ""}
<h2>Failed jobs</h2>
${failedSection(v)}
<p class="small muted"><a href="/api/health">JSON</a> · <a href="/api/feeds">feeds JSON</a></p>`;
  return renderLayout({ title: "health", section: "health", body, signedIn: opts.signedIn });
}
