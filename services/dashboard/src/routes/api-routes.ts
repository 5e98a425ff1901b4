import { findClaimStatus, listClaimStatusDetails, listFeedHealth } from "@claimwatch/db";
import { Hono } from "hono";
import type { DashboardDeps } from "../app.ts";
import { loadClaimDetail } from "../claim-detail.ts";
import { loadCoverage, loadHealth } from "../dashboard-data.ts";
import { parseLimit } from "./limits.ts";
import { streamObservationsCsv } from "./export-csv.ts";

/** The JSON (and CSV) behind every page. */
export function apiRoutes(deps: DashboardDeps): Hono {
  const api = new Hono();
  // The claim_status rows, as `claimwatch status --json` prints them.
  api.get("/api/claims", async (c) => c.json(await listClaimStatusDetails(deps.db)));

  api.get("/api/claims/:key", async (c) => {
    const detail = await loadClaimDetail(deps.db, c.req.param("key"), { limit: parseLimit(c.req.query("limit")), before: c.req.query("before") });
    return detail ? c.json(detail) : c.json({ error: "no such claim" }, 404);
  });

  api.get("/api/coverage", async (c) => {
    const { weeks, latest } = await loadCoverage(deps.db);
    return c.json({ weeks, latest: latest.map(({ body: _body, ...a }) => a) });
  });

  api.get("/api/feeds", async (c) => c.json(await listFeedHealth(deps.db)));

  api.get("/api/health", async (c) => {
    const h = await loadHealth({ ...deps, hasQueueBoard: (deps.bullQueues ?? []).length > 0 });
    const feeds = {
      total: h.feeds.length,
      enabled: h.feeds.filter((f) => f.enabled).length,
      failing: h.feeds.filter((f) => f.enabled && f.status !== "ok").length,
      overdue: h.feeds.filter((f) => f.is_overdue).length,
    };
    return c.json({ ok: h.ok, database: h.database, queues: h.queues, feeds, failed_jobs: h.failedJobs }, h.ok ? 200 : 503);
  });

  api.get("/api/observations.csv", async (c) => {
    const claim = c.req.query("claim");
    if (claim !== undefined && !(await findClaimStatus(deps.db, claim))) return c.json({ error: "no such claim" }, 404);
    const name = claim ? `claimwatch-observations-${claim.replace(/[^a-z0-9_-]/gi, "_")}.csv` : "claimwatch-observations.csv";
    return c.body(streamObservationsCsv(deps.db, claim), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
    });
  });
  return api;
}
