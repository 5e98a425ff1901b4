// Queue health on the real Redis: counts, failed jobs with their error, and Bull Board mounted
// read-only behind the dashboard's token, its assets served by the dashboard itself.
import { ClaimwatchError } from "@claimwatch/domain";
import { createTestDb } from "@claimwatch/db/testing";
import { articleFetch, type BullBus, createBullBus, handlerFor } from "@claimwatch/queue";
import { makeTestPrefix, removePrefix, testRedisUrl } from "@claimwatch/queue/testing";
import { createLogger } from "@claimwatch/runtime";
import type { Worker } from "bullmq";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDashboardApp } from "./app.ts";
import { bullQueuesOf, failedJobsOf, queueCountsOf } from "./queue-health.ts";

const token = "queue-test-token-0123456789abcdef";
const auth = { Authorization: `Bearer ${token}` };
const log = createLogger({ service: "dashboard-test", level: "silent" });

describe("queue health on Redis", () => {
  const prefix = makeTestPrefix();
  let h: Awaited<ReturnType<typeof createTestDb>>;
  let bus: BullBus;
  let workers: Worker[];
  let app: Hono;

  beforeAll(async () => {
    h = await createTestDb("postgres");
    bus = createBullBus({ redisUrl: testRedisUrl, prefix, log });
    const failed = new Promise<void>((resolve) => bus.onSettled((s) => (!s.ok && s.final ? resolve() : undefined)));
    workers = bus.startWorkers([
      handlerFor(articleFetch, async () => {
        throw new ClaimwatchError("page gone for good: HTTP 410", { permanent: true });
      }),
    ]);
    await bus.enqueue(articleFetch, { articleId: 7 });
    await failed;
    app = createDashboardApp({ db: h.db, log, token, queueCounts: queueCountsOf(bus), failedJobs: failedJobsOf(bus), bullQueues: bullQueuesOf(bus) });
  });
  afterAll(async () => {
    await Promise.all((workers ?? []).map((w) => w.close()));
    await bus?.close();
    await removePrefix(prefix);
    await h?.dispose();
  });

  it("counts jobs per queue and lists failed jobs with their error", async () => {
    const counts = await queueCountsOf(bus)();
    expect(counts?.["article-fetch"]).toMatchObject({ failed: 1, waiting: 0, active: 0 });
    expect(Object.keys(counts ?? {})).toEqual(["feed-poll", "article-fetch", "article-match", "alert-send", "notice-send", "digest-build", "outbox-sweep"]);
    const failed = await failedJobsOf(bus)();
    expect(failed).toEqual([
      expect.objectContaining({ queue: "article-fetch", id: "article-fetch-7", failed_reason: "page gone for good: HTTP 410", data: { articleId: 7 } }),
    ]);
    expect(await queueCountsOf(null)()).toBeNull();
  });

  it("shows the failed job on the health page and in /api/health", async () => {
    const page = await (await app.request("/health", { headers: auth })).text();
    expect(page).toContain("page gone for good: HTTP 410");
    expect(page).toContain('href="/admin/queues"');
    const json = (await (await app.request("/api/health", { headers: auth })).json()) as { failed_jobs: { id: string }[] };
    expect(json.failed_jobs.map((j) => j.id)).toEqual(["article-fetch-7"]);
  });

  it("mounts Bull Board read-only under /admin/queues, behind the token, with its own assets", async () => {
    expect((await app.request("/admin/queues")).status).toBe(401);
    expect((await app.request("/admin/queues/api/queues")).status).toBe(401);
    expect((await app.request("/admin/queues/", { headers: auth })).headers.get("location")).toBe("/admin/queues");
    const board = await app.request("/admin/queues", { headers: auth });
    expect(board.status).toBe(200);
    const markup = await board.text();
    expect(board.headers.get("content-security-policy")).toContain("script-src 'self'");
    const script = /src="(static\/js\/main[^"]+\.js)"/.exec(markup)?.[1];
    expect(script).toBeDefined();
    const asset = await app.request(`/admin/queues/${script}`, { headers: auth });
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("javascript");

    const api = await app.request("/admin/queues/api/queues?activeQueue=article-fetch&status=failed", { headers: auth });
    const body = (await api.json()) as { queues: { name: string; readOnlyMode: boolean }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(["alert-send", "article-fetch", "article-match", "digest-build", "feed-poll", "notice-send", "outbox-sweep"]);
    expect(body.queues.every((q) => q.readOnlyMode)).toBe(true);
    const retry = await app.request("/admin/queues/api/queues/article-fetch/retry/failed", { method: "PUT", headers: auth });
    expect(retry.status).toBeGreaterThanOrEqual(400);
    expect(await bus.queue(articleFetch).getFailedCount()).toBe(1);
  });
});
