import type { ClaimSummary } from "@claimwatch/db";
import { describe, expect, it } from "vitest";
import { parseClaimsQuery, sortClaims } from "./sort-claims.ts";

function row(claim: string, status: ClaimSummary["status"], sources: number, change: number | null, lastSeen: string | null): ClaimSummary {
  return {
    claim,
    description: claim,
    unit: "count",
    currency: null,
    baseline: { value: 100, low: null, high: null, unit: "count", currency: null, qualifier: "exact", source: "s", date: null },
    status,
    sources,
    last_seen: lastSeen ? new Date(lastSeen) : null,
    latest: null,
    value_count: 0,
    alert_count: 0,
    observations: sources,
    first_seen: null,
    change_pct: change,
  };
}

const rows = [
  row("b_claim", "confirmed", 4, 0, "2025-06-02"),
  row("a_claim", "conflicting", 2, 25, "2025-06-03"),
  row("c_claim", "no_coverage", 0, null, null),
  row("d_claim", "changed", 4, -10, "2025-06-01"),
];
const keys = (rs: ClaimSummary[]) => rs.map((r) => r.claim);

describe("sortClaims", () => {
  it("sorts by key by default", () => {
    expect(keys(sortClaims(rows, parseClaimsQuery({})))).toEqual(["a_claim", "b_claim", "c_claim", "d_claim"]);
  });

  it("sorts by a numeric column both ways, ties by key, empty cells last", () => {
    expect(keys(sortClaims(rows, { sort: "sources", dir: "desc", status: "all" }))).toEqual(["b_claim", "d_claim", "a_claim", "c_claim"]);
    expect(keys(sortClaims(rows, { sort: "change", dir: "asc", status: "all" }))).toEqual(["d_claim", "b_claim", "a_claim", "c_claim"]);
    expect(keys(sortClaims(rows, { sort: "change", dir: "desc", status: "all" }))).toEqual(["a_claim", "b_claim", "d_claim", "c_claim"]);
    expect(keys(sortClaims(rows, { sort: "last_seen", dir: "desc", status: "all" }))).toEqual(["a_claim", "b_claim", "d_claim", "c_claim"]);
  });

  it("puts the most urgent status first when sorted descending", () => {
    expect(keys(sortClaims(rows, { sort: "status", dir: "desc", status: "all" }))).toEqual(["a_claim", "d_claim", "b_claim", "c_claim"]);
  });

  it("filters by status", () => {
    expect(keys(sortClaims(rows, parseClaimsQuery({ status: "changed" })))).toEqual(["d_claim"]);
  });

  it("ignores unknown sort keys, directions and statuses", () => {
    expect(parseClaimsQuery({ sort: "drop table", dir: "sideways", status: "<x>" })).toEqual({ sort: "claim", dir: "asc", status: "all" });
  });
});
