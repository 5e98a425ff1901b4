import { bullQueuesOf, failedJobsOf, queueCountsOf, serveDashboard } from "@claimwatch/dashboard";
import { createBullBus, pingRedis, politenessGateOf } from "@claimwatch/queue";
import { createLogger, onShutdown, redactUrl } from "@claimwatch/runtime";
import { scheduleOptionsOf, syncSchedules } from "@claimwatch/scheduler";
import type { CliEnv } from "../env.ts";
import { composeWorkers } from "./compose-workers.ts";
import { openDatabase } from "./open-database.ts";

/**
 * `claimwatch serve`: scheduler, every worker and the dashboard in one process, until SIGINT or
 * SIGTERM; then running jobs finish before the process exits. Needs Redis: schedules live there.
 */
export async function runServe(env: CliEnv): Promise<void> {
  const log = createLogger({ service: "serve", level: env.LOG_LEVEL === "error" ? "info" : env.LOG_LEVEL });
  const redis = await pingRedis(env.REDIS_URL);
  if (!redis.ok) {
    throw new Error(`serve needs Redis for its schedules and queues; ${redactUrl(env.REDIS_URL)} does not answer (${redis.error}). Start Redis or set REDIS_URL; for a single pass without Redis use \`claimwatch run --once\`.`);
  }
  const { dbh, catalog } = await openDatabase(env);
  const bus = createBullBus({ redisUrl: env.REDIS_URL, prefix: env.CLAIMWATCH_QUEUE_PREFIX, log });
  const workers = composeWorkers({ db: dbh.db, catalog, env, hostGate: politenessGateOf(bus, env) });
  // A wrong SMTP_URL or password fails here, at boot, not at the first alert.
  await workers.mailer.verify();
  const running = bus.startWorkers(workers.handlers);
  const scheduleOptions = scheduleOptionsOf(env);
  await syncSchedules({ db: dbh.db, bus, log }, scheduleOptions);
  const reload = setInterval(() => {
    syncSchedules({ db: dbh.db, bus, log }, scheduleOptions).catch((error: unknown) =>
      log.error({ err: error }, "reloading the feed list or catalog failed; the previous schedules keep running"),
    );
  }, env.RELOAD_EVERY_MIN * 60_000);
  const dashboard = await serveDashboard({
    db: dbh.db,
    log,
    token: env.DASHBOARD_TOKEN,
    queueCounts: queueCountsOf(bus),
    failedJobs: failedJobsOf(bus),
    bullQueues: bullQueuesOf(bus),
    host: env.DASHBOARD_HOST,
    port: env.DASHBOARD_PORT,
  });
  process.stderr.write(`claimwatch: serving; dashboard at ${dashboard.url}; stop with Ctrl-C\n`);
  onShutdown(
    [
      () => clearInterval(reload),
      () => dashboard.close(),
      // Worker.close() waits for running jobs to finish.
      async () => void (await Promise.all(running.map((w) => w.close()))),
      () => bus.close(),
      () => workers.close(),
      () => dbh.close(),
    ],
    { log },
  );
}
