import { assertSchemaCurrent, createDb } from "@claimwatch/db";
import { createHttpClient } from "@claimwatch/http";
import { createBullBus, feedPoll, politenessGateOf } from "@claimwatch/queue";
import { createLogger, httpOptionsOf, onShutdown } from "@claimwatch/runtime";
import { createFeedHandlers } from "./deps.ts";
import type { FeedEnv } from "./env.ts";

/** Runs the feed worker until SIGINT/SIGTERM; it never migrates, it checks the schema. */
export async function start(env: FeedEnv): Promise<void> {
  const log = createLogger({ service: "feed-worker", level: env.LOG_LEVEL });
  const dbh = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMWATCH_DATA_DIR });
  await assertSchemaCurrent(dbh.db);
  const bus = createBullBus({ redisUrl: env.REDIS_URL, prefix: env.CLAIMWATCH_QUEUE_PREFIX, log });
  // Politeness shared through Redis: many feed workers still never crowd one host.
  const http = createHttpClient({ ...httpOptionsOf(env), hostGate: politenessGateOf(bus, env) });
  const workers = bus.startWorkers(createFeedHandlers({ db: dbh.db, http, env, now: () => new Date() }), {
    concurrency: { [feedPoll.name]: env.FEED_CONCURRENCY },
  });
  log.info({ database: dbh.location }, "feed worker started");
  onShutdown(
    [() => Promise.all(workers.map((w) => w.close())).then(() => undefined), () => bus.close(), () => http.close(), () => dbh.close()],
    { log },
  );
}
