import { assertSchemaCurrent, createDb } from "@claimwatch/db";
import { createBullBus } from "@claimwatch/queue";
import { createLogger, onShutdown } from "@claimwatch/runtime";
import type { SchedulerEnv } from "./env.ts";
import { syncSchedules } from "./sync-schedules.ts";

export function scheduleOptionsOf(env: SchedulerEnv) {
  return {
    feedsFile: env.CLAIMWATCH_FEEDS,
    catalogFile: env.CLAIMWATCH_CATALOG,
    feedCheckEveryMs: env.FEED_CHECK_EVERY_MIN * 60_000,
    outboxSweepEveryMs: env.OUTBOX_SWEEP_EVERY_SEC * 1000,
    digest: env.ALERT_MODE === "digest" ? { hour: env.DIGEST_HOUR, timeZone: env.DIGEST_TZ } : null,
  };
}

/** Runs the scheduler until SIGINT/SIGTERM: syncs schedules now and after every reload period. */
export async function start(env: SchedulerEnv): Promise<void> {
  const log = createLogger({ service: "scheduler", level: env.LOG_LEVEL });
  const dbh = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMWATCH_DATA_DIR });
  await assertSchemaCurrent(dbh.db);
  const bus = createBullBus({ redisUrl: env.REDIS_URL, prefix: env.CLAIMWATCH_QUEUE_PREFIX, log });
  const sync = () => syncSchedules({ db: dbh.db, bus, log }, scheduleOptionsOf(env));
  await sync();
  // A broken edit of a data file is reported and the previous schedules keep running.
  const timer = setInterval(() => {
    sync().catch((error: unknown) => log.error({ err: error }, "reloading the feed list or catalog failed"));
  }, env.RELOAD_EVERY_MIN * 60_000);
  onShutdown([() => clearInterval(timer), () => bus.close(), () => dbh.close()], { log });
}
