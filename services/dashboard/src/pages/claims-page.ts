import { formatFigure } from "@claimwatch/alerts";
import type { ClaimStatusRow } from "@claimwatch/db";
import { escapeHtml } from "./escape-html.ts";

const STATUS_LABEL: Record<ClaimStatusRow["status"], string> = {
  confirmed: "confirmed",
  changed: "changed",
  conflicting: "conflicting",
  no_coverage: "no coverage",
};

/** The claims table: every tracked claim with its baseline, latest figure and status. */
export function renderClaimsPage(rows: ClaimStatusRow[]): string {
  const body = rows
    .map(
      (r) => `<tr data-claim="${escapeHtml(r.claim)}" data-status="${escapeHtml(r.status)}">
  <td><code>${escapeHtml(r.claim)}</code><br>${escapeHtml(r.description)}</td>
  <td>${escapeHtml(formatFigure(r.baseline))}</td>
  <td>${r.latest ? escapeHtml(formatFigure(r.latest)) : "—"}</td>
  <td><span class="status ${escapeHtml(r.status)}">${escapeHtml(STATUS_LABEL[r.status])}</span></td>
  <td>${r.sources}</td>
  <td>${r.last_seen ? escapeHtml(new Date(r.last_seen).toISOString().slice(0, 10)) : "—"}</td>
</tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>claimwatch: claims</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:2rem;color:#1d2430}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #dde2ea;vertical-align:top}
.status{padding:.1rem .5rem;border-radius:.8rem;font-size:.85em}
.confirmed{background:#dcf5e3}.changed{background:#ffe8c2}.conflicting{background:#ffd3d3}.no_coverage{background:#eceff3}
</style></head>
<body><h1>Tracked claims</h1>
<table><thead><tr><th>Claim</th><th>Baseline</th><th>Latest</th><th>Status</th><th>Sources</th><th>Last seen</th></tr></thead>
<tbody>
${body}
</tbody></table>
<p><a href="/api/claims">JSON</a> · <a href="/api/health">health</a></p>
</body></html>`;
}
