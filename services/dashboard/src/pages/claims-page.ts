import type { ClaimSummary } from "@claimwatch/db";
import { html } from "./escape-html.ts";
import { formatChange, formatDay, formatValue } from "./format.ts";
import { renderLayout } from "./layout.ts";
import { type ClaimStatusFilter, type SortDir, type SortKey, sortClaims, statusFilters } from "./sort-claims.ts";

export const statusLabel: Record<ClaimSummary["status"], string> = {
  confirmed: "confirmed",
  changed: "changed",
  conflicting: "conflicting",
  no_coverage: "no coverage",
};

const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: "claim", label: "Claim" },
  { key: "baseline", label: "Baseline" },
  { key: "latest", label: "Latest" },
  { key: "change", label: "Change", numeric: true },
  { key: "status", label: "Status" },
  { key: "sources", label: "Sources", numeric: true },
  { key: "last_seen", label: "Last seen" },
];

type View = { sort: SortKey; dir: SortDir; status: ClaimStatusFilter };

function link(view: View, change: Partial<View>): string {
  const v = { ...view, ...change };
  const q = new URLSearchParams();
  if (v.sort !== "claim") q.set("sort", v.sort);
  if (v.dir !== "asc") q.set("dir", v.dir);
  if (v.status !== "all") q.set("status", v.status);
  const s = q.toString();
  return s ? `/?${s}` : "/";
}

function header(view: View) {
  return columns.map((col) => {
    const active = view.sort === col.key;
    const next: SortDir = active && view.dir === "asc" ? "desc" : "asc";
    const sort = active ? html` aria-sort="${view.dir === "asc" ? "ascending" : "descending"}"` : "";
    return html`<th${sort}${col.numeric ? html` class="num"` : ""}><a href="${link(view, { sort: col.key, dir: next })}">${col.label}</a></th>`;
  });
}

function row(r: ClaimSummary) {
  const href = `/claims/${encodeURIComponent(r.claim)}`;
  return html`<tr data-claim="${r.claim}" data-status="${r.status}">
  <td><a href="${href}"><code>${r.claim}</code></a><br><span class="small muted">${r.description}</span></td>
  <td>${formatValue(r.baseline)}</td>
  <td>${r.latest ? formatValue(r.latest) : "—"}${r.latest?.outlet ? html`<br><span class="small muted">${r.latest.outlet}</span>` : ""}</td>
  <td class="num">${formatChange(r.change_pct)}</td>
  <td><span class="status ${r.status}">${statusLabel[r.status]}</span></td>
  <td class="num">${r.sources}</td>
  <td class="date">${formatDay(r.last_seen)}</td>
</tr>`;
}

/** The claims table: every tracked claim with baseline, latest, change and status; sortable, filterable. */
export function renderClaimsPage(all: ClaimSummary[], view: View, opts: { signedIn?: boolean } = {}): string {
  const rows = sortClaims(all, view);
  const count = (s: ClaimStatusFilter) => (s === "all" ? all.length : all.filter((r) => r.status === s).length);
  const filters = statusFilters.map(
    (s) =>
      html`<a href="${link(view, { status: s })}" data-filter="${s}"${view.status === s ? html` aria-current="true"` : ""}>${s === "all" ? "all" : statusLabel[s]} (${count(s)})</a>`,
  );
  const body = html`<h1>Tracked claims</h1>
<nav class="filters" aria-label="Filter by status">${filters}</nav>
<table id="claims"><thead><tr>${header(view)}</tr></thead>
<tbody>
${rows.length > 0 ? rows.map(row) : html`<tr><td colspan="7" class="muted">No claim has this status.</td></tr>`}
</tbody></table>
<p class="small muted">Change compares the latest figure with the baseline (middle of a range). Sources count distinct articles, copies left out.
<a href="/api/claims">JSON</a> · <a href="/api/observations.csv">all observations as CSV</a></p>`;
  return renderLayout({ title: "claims", section: "claims", body, signedIn: opts.signedIn });
}
