import { assertSchemaCurrent, createDb } from "@claimwatch/db";
import { createBullBus } from "@claimwatch/queue";
import { createLogger, onShutdown } from "@claimwatch/runtime";
import type { DashboardEnv } from "./env.ts";
import { bullQueuesOf, failedJobsOf, queueCountsOf, serveDashboard } from "./serve-dashboard.ts";

/** Runs the dashboard until SIGINT/SIGTERM. */
export async function start(env: DashboardEnv): Promise<void> {
  const log = createLogger({ service: "dashboard", level: env.LOG_LEVEL });
  const dbh = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMWATCH_DATA_DIR });
  await assertSchemaCurrent(dbh.db);
  const bus = createBullBus({ redisUrl: env.REDIS_URL, prefix: env.CLAIMWATCH_QUEUE_PREFIX, log });
  const server = await serveDashboard({
    db: dbh.db,
    log,
    token: env.DASHBOARD_TOKEN,
    queueCounts: queueCountsOf(bus),
    failedJobs: failedJobsOf(bus),
    bullQueues: bullQueuesOf(bus),
    host: env.DASHBOARD_HOST,
    port: env.DASHBOARD_PORT,
  });
  onShutdown([() => server.close(), () => bus.close(), () => dbh.close()], { log });
}
