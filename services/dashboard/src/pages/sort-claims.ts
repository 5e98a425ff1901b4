import type { ClaimSummary } from "@claimwatch/db";
import { midpoint } from "./format.ts";

export const sortKeys = ["claim", "baseline", "latest", "change", "status", "sources", "last_seen"] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDir = "asc" | "desc";
export type ClaimStatusFilter = ClaimSummary["status"] | "all";
export const statusFilters: ClaimStatusFilter[] = ["all", "changed", "conflicting", "confirmed", "no_coverage"];

/** Most urgent first when sorted descending. */
const statusRank: Record<ClaimSummary["status"], number> = { no_coverage: 0, confirmed: 1, changed: 2, conflicting: 3 };

const sortValue: Record<SortKey, (r: ClaimSummary) => number | string | null> = {
  claim: (r) => r.claim,
  baseline: (r) => midpoint(r.baseline),
  latest: (r) => (r.latest ? midpoint(r.latest) : null),
  change: (r) => r.change_pct,
  status: (r) => statusRank[r.status],
  sources: (r) => r.sources,
  last_seen: (r) => (r.last_seen ? r.last_seen.getTime() : null),
};

/** Reads `?sort=&dir=&status=` leniently: anything unknown falls back to the default order. */
export function parseClaimsQuery(query: Record<string, string | undefined>): { sort: SortKey; dir: SortDir; status: ClaimStatusFilter } {
  const sort = (sortKeys as readonly string[]).includes(query.sort ?? "") ? (query.sort as SortKey) : "claim";
  const dir: SortDir = query.dir === "desc" ? "desc" : "asc";
  const status = (statusFilters as string[]).includes(query.status ?? "") ? (query.status as ClaimStatusFilter) : "all";
  return { sort, dir, status };
}

/** Filters by status and sorts by a column; empty cells always go last, ties by claim key. */
export function sortClaims(rows: ClaimSummary[], opts: { sort: SortKey; dir: SortDir; status: ClaimStatusFilter }): ClaimSummary[] {
  const pick = sortValue[opts.sort];
  const sign = opts.dir === "asc" ? 1 : -1;
  return rows
    .filter((r) => opts.status === "all" || r.status === opts.status)
    .sort((a, b) => {
      const x = pick(a);
      const y = pick(b);
      if (x === null || y === null) return x === y ? a.claim.localeCompare(b.claim) : x === null ? 1 : -1;
      const order = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
      return order !== 0 ? sign * order : a.claim.localeCompare(b.claim);
    });
}
