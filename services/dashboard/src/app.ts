import { readFileSync } from "node:fs";
import type { Db } from "@claimwatch/db";
import type { Logger } from "@claimwatch/runtime";
import type { Queue } from "bullmq";
import { Hono } from "hono";
import { acceptLogin, loginPage, requireToken, signOut } from "./auth.ts";
import { html } from "./pages/escape-html.ts";
import { renderLayout } from "./pages/layout.ts";
import type { FailedJob, QueueCounts } from "./queue-health.ts";
import { mountQueueBoard } from "./queue-board.ts";
import { apiRoutes } from "./routes/api-routes.ts";
import { pageRoutes } from "./routes/page-routes.ts";
import { securityHeaders } from "./security-headers.ts";

export type { QueueCounts } from "./queue-health.ts";

export type DashboardDeps = {
  db: Db;
  log: Logger;
  token?: string | undefined;
  /** Job counts per queue, or null when this process has no Redis (in-process jobs). */
  queueCounts: () => Promise<QueueCounts | null>;
  /** Newest failed jobs with their errors (`failedJobsOf(bus)`); absent or null without Redis. */
  failedJobs?: (() => Promise<FailedJob[] | null>) | undefined;
  /** BullMQ queues for Bull Board under /admin/queues (`bullQueuesOf(bus)`); none without Redis. */
  bullQueues?: Queue[] | undefined;
};

const css = readFileSync(new URL("./assets/dashboard.css", import.meta.url), "utf8");

/** The dashboard's HTTP routes; every article-derived string is escaped on the way out. */
export function createDashboardApp(deps: DashboardDeps): Hono {
  const app = new Hono();
  const signedIn = Boolean(deps.token);
  app.use("*", securityHeaders());
  app.use("*", requireToken(deps.token));
  app.get("/assets/dashboard.css", (c) => c.body(css, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" }));
  // Without a token there is nothing to sign in to.
  app.get("/login", (c) => (deps.token ? c.html(loginPage(false)) : c.redirect("/", 303)));
  app.post("/login", acceptLogin(deps.token));
  app.post("/logout", signOut());

  app.route("/", apiRoutes(deps));
  app.route("/", pageRoutes(deps));
  mountQueueBoard(app, deps.bullQueues ?? [], { signedIn });

  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? c.json({ error: "not found" }, 404)
      : c.html(renderLayout({ title: "not found", section: "none", body: html`<h1>Not found</h1><p><a href="/">All claims</a></p>`, signedIn }), 404),
  );
  app.onError((error, c) => {
    deps.log.error({ err: error, path: c.req.path }, "dashboard request failed");
    if (c.req.path.startsWith("/api/")) return c.json({ error: "internal error" }, 500);
    return c.html(renderLayout({ title: "error", section: "none", body: html`<h1>Something went wrong</h1><p>The error is in the dashboard's log.</p>`, signedIn }), 500);
  });
  return app;
}
