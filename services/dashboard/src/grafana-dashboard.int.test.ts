// infra/grafana/claimwatch.json reads the same views as the dashboard: every panel's SQL must run
// on a migrated database and show what the dashboard shows.
import { readFileSync } from "node:fs";
import { createTestDb } from "@claimwatch/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeededDashboard, seedDashboard } from "./__fixtures__/seed-dashboard.ts";

type Panel = { title: string; targets?: { rawSql: string }[] };
const board = JSON.parse(readFileSync(new URL("../../../infra/grafana/claimwatch.json", import.meta.url), "utf8")) as {
  panels: Panel[];
  templating: { list: { name: string; query: string }[] };
};

/** Grafana's macros and variables as Grafana would expand them for a ten-year range. */
function expand(rawSql: string): string {
  return rawSql
    .replace(/\$__timeFilter\(([^)]+)\)/g, "$1 BETWEEN '2016-01-01T00:00:00Z' AND '2030-01-01T00:00:00Z'")
    .replace(/\$__timeFrom\(\)/g, "'2016-01-01T00:00:00Z'")
    .replace(/\$__timeTo\(\)/g, "'2030-01-01T00:00:00Z'")
    .replace(/\$claim/g, "nk_workers_in_russia");
}

describe("Grafana dashboard over the claimwatch views", () => {
  let h: Awaited<ReturnType<typeof createTestDb>>;
  let seeded: SeededDashboard;
  const run = async (query: string) => ((await h.db.execute(sql.raw(expand(query)))) as unknown as { rows: Record<string, unknown>[] }).rows;

  beforeAll(async () => {
    h = await createTestDb("postgres");
    seeded = await seedDashboard(h.db);
  });
  afterAll(async () => h?.dispose());

  it("runs every panel's query and the claim variable's", async () => {
    const queries = board.panels.flatMap((p) => (p.targets ?? []).map((t) => [p.title, t.rawSql] as const));
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const [title, query] of queries) await expect(run(query), title).resolves.toBeInstanceOf(Array);
    const claims = board.templating.list.find((v) => v.name === "claim");
    expect((await run(claims!.query)).length).toBe(18);
  });

  it("shows each claim's status as the dashboard does, and the coverage and feed panels their rows", async () => {
    const byTitle = (start: string) => board.panels.find((p) => p.title.startsWith(start))!.targets!;
    const claims = await run(byTitle("Claims (claim_status")[0]!.rawSql);
    expect(claims).toHaveLength(18);
    for (const [claim, status] of Object.entries(seeded.statuses)) expect(claims.find((r) => r.Claim === claim)?.Status).toBe(status);
    const weeks = await run(byTitle("Relevant articles per week")[0]!.rawSql);
    expect(weeks.map((w) => w["relevant articles"])).toEqual([1, 1, 1]);
    const values = await run(byTitle("Observed values")[0]!.rawSql);
    expect(values).toHaveLength(seeded.observationCounts.nk_workers_in_russia!);
    const feeds = await run(byTitle("Feed health")[0]!.rawSql);
    expect(feeds.map((f) => f.State)).toEqual(["failing", "ok"]);
  });
});
