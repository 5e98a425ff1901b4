import { type Db, listClaimStatus, listFeeds } from "@claimwatch/db";
import type { Logger } from "@claimwatch/runtime";
import { Hono } from "hono";
import { acceptLogin, loginPage, requireToken } from "./auth.ts";
import { renderClaimsPage } from "./pages/claims-page.ts";

export type QueueCounts = Record<string, Record<string, number>>;

export type DashboardDeps = {
  db: Db;
  log: Logger;
  token?: string | undefined;
  /** Job counts per queue, or null when this process has no Redis (in-process jobs). */
  queueCounts: () => Promise<QueueCounts | null>;
};

/** The dashboard's HTTP routes; every article-derived string is escaped on the way out. */
export function createDashboardApp(deps: DashboardDeps): Hono {
  const app = new Hono();
  app.use("*", requireToken(deps.token));
  app.get("/login", (c) => c.html(loginPage(false)));
  app.post("/login", acceptLogin(deps.token));

  app.get("/", async (c) => c.html(renderClaimsPage(await listClaimStatus(deps.db))));
  app.get("/api/claims", async (c) => c.json(await listClaimStatus(deps.db)));
  app.get("/api/feeds", async (c) => {
    const feeds = await listFeeds(deps.db);
    return c.json(
      feeds.map((f) => ({
        id: f.id,
        url: f.url,
        name: f.name,
        title: f.title,
        enabled: f.isEnabled,
        status: f.status,
        last_polled_at: f.lastPolledAt,
        last_success_at: f.lastSuccessAt,
        last_error: f.lastError,
        consecutive_failures: f.consecutiveFailures,
        next_poll_at: f.nextPollAt,
      })),
    );
  });
  app.get("/api/health", async (c) => {
    const database = await listClaimStatus(deps.db).then(
      () => "ok",
      (error: unknown) => `error: ${(error as Error).message}`,
    );
    const queues = await deps.queueCounts().catch((error: unknown) => ({ error: (error as Error).message }));
    const ok = database === "ok" && !(queues && "error" in queues);
    return c.json({ ok, database, queues }, ok ? 200 : 503);
  });
  app.onError((error, c) => {
    deps.log.error({ err: error, path: c.req.path }, "dashboard request failed");
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}
