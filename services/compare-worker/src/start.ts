import { loadCatalog } from "@claimwatch/claims";
import { assertSchemaCurrent, createDb, upsertClaims } from "@claimwatch/db";
import { articleMatch, createBullBus } from "@claimwatch/queue";
import { createLogger, onShutdown } from "@claimwatch/runtime";
import type { CompareEnv } from "./env.ts";
import { createArticleMatchHandler } from "./jobs/article-match.job.ts";

/** Runs the compare worker until SIGINT/SIGTERM; it never migrates, it checks the schema. */
export async function start(env: CompareEnv): Promise<void> {
  const log = createLogger({ service: "compare-worker", level: env.LOG_LEVEL });
  const catalog = loadCatalog(env.CLAIMWATCH_CATALOG);
  const dbh = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMWATCH_DATA_DIR });
  await assertSchemaCurrent(dbh.db);
  // Observations reference claims: make the table match the catalog this worker reads.
  await upsertClaims(dbh.db, catalog.claims);
  const bus = createBullBus({ redisUrl: env.REDIS_URL, prefix: env.CLAIMWATCH_QUEUE_PREFIX, log });
  const workers = bus.startWorkers([createArticleMatchHandler({ db: dbh.db, catalog, now: () => new Date() })], {
    concurrency: { [articleMatch.name]: env.COMPARE_CONCURRENCY },
  });
  log.info({ database: dbh.location, queues: [articleMatch.name] }, "compare worker started");
  onShutdown([() => Promise.all(workers.map((w) => w.close())).then(() => undefined), () => bus.close(), () => dbh.close()], { log });
}
