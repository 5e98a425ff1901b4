import { listClaimSummaries } from "@claimwatch/db";
import { Hono } from "hono";
import type { DashboardDeps } from "../app.ts";
import { loadClaimDetail } from "../claim-detail.ts";
import { loadCoverage, loadHealth } from "../dashboard-data.ts";
import { renderClaimPage } from "../pages/claim-page.ts";
import { renderClaimsPage } from "../pages/claims-page.ts";
import { renderCoveragePage } from "../pages/coverage-page.ts";
import { html } from "../pages/escape-html.ts";
import { renderHealthPage } from "../pages/health-page.ts";
import { renderLayout } from "../pages/layout.ts";
import { parseClaimsQuery } from "../pages/sort-claims.ts";
import { parseLimit } from "./limits.ts";

/** The server-rendered pages; each reads the same data as its `/api/...` twin. */
export function pageRoutes(deps: DashboardDeps): Hono {
  const pages = new Hono();
  const signedIn = Boolean(deps.token);

  pages.get("/", async (c) => c.html(renderClaimsPage(await listClaimSummaries(deps.db), parseClaimsQuery(c.req.query()), { signedIn })));

  pages.get("/claims/:key", async (c) => {
    const limit = parseLimit(c.req.query("limit"));
    const detail = await loadClaimDetail(deps.db, c.req.param("key"), { limit, before: c.req.query("before") });
    if (!detail) {
      const body = html`<h1>No such claim</h1><p>The catalog tracks no claim <code>${c.req.param("key")}</code>. <a href="/">All claims</a></p>`;
      return c.html(renderLayout({ title: "not found", section: "claims", body, signedIn }), 404);
    }
    return c.html(renderClaimPage(detail, { signedIn, limit }));
  });

  pages.get("/coverage", async (c) => {
    const { weeks, latest } = await loadCoverage(deps.db);
    return c.html(renderCoveragePage(weeks, latest, { signedIn }));
  });

  pages.get("/health", async (c) => {
    const h = await loadHealth({ ...deps, hasQueueBoard: (deps.bullQueues ?? []).length > 0 });
    return c.html(renderHealthPage(h, { signedIn }), h.ok ? 200 : 503);
  });
  return pages;
}
