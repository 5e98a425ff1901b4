// What each page shows, loaded once for the page and its JSON twin, so they cannot disagree.
import { type Db, listCoverageWeeks, listFeedHealth, listLatestRelevantArticles } from "@claimwatch/db";
import type { HealthView } from "./pages/health-page.ts";
import type { FailedJob, QueueCounts } from "./queue-health.ts";

export const LATEST_ARTICLES = 20;

export async function loadCoverage(db: Db) {
  const [weeks, latest] = await Promise.all([listCoverageWeeks(db), listLatestRelevantArticles(db, LATEST_ARTICLES)]);
  return { weeks, latest };
}

function errorText(error: unknown): { error: string } {
  return { error: error instanceof Error ? error.message : String(error) };
}

/** Database, feeds, queues and failed jobs; a part that fails is reported, not thrown. */
export async function loadHealth(deps: {
  db: Db;
  queueCounts: () => Promise<QueueCounts | null>;
  failedJobs?: (() => Promise<FailedJob[] | null>) | undefined;
  hasQueueBoard: boolean;
}): Promise<HealthView & { ok: boolean }> {
  const [feeds, queues, failedJobs] = await Promise.all([
    listFeedHealth(deps.db).catch((error: unknown) => errorText(error)),
    deps.queueCounts().catch((error: unknown) => errorText(error)),
    deps.failedJobs ? deps.failedJobs().catch((error: unknown) => errorText(error)) : Promise.resolve(null),
  ]);
  const database = Array.isArray(feeds) ? "ok" : `error: ${feeds.error}`;
  const ok = database === "ok" && !(queues && "error" in queues && typeof queues.error === "string");
  return { ok, database, feeds: Array.isArray(feeds) ? feeds : [], queues, failedJobs, hasQueueBoard: deps.hasQueueBoard };
}
