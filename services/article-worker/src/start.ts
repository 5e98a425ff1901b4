import { loadCatalog } from "@claimwatch/claims";
import { assertSchemaCurrent, createDb } from "@claimwatch/db";
import { articleFetch, createBullBus, politenessGateOf } from "@claimwatch/queue";
import { createLogger, onShutdown } from "@claimwatch/runtime";
import { createArticleHandlers, createFetchClients } from "./deps.ts";
import type { ArticleEnv } from "./env.ts";

/** Runs the article worker until SIGINT/SIGTERM; it never migrates, it checks the schema. */
export async function start(env: ArticleEnv): Promise<void> {
  const log = createLogger({ service: "article-worker", level: env.LOG_LEVEL });
  const catalog = loadCatalog(env.CLAIMWATCH_CATALOG);
  const dbh = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMWATCH_DATA_DIR });
  await assertSchemaCurrent(dbh.db);
  const bus = createBullBus({ redisUrl: env.REDIS_URL, prefix: env.CLAIMWATCH_QUEUE_PREFIX, log });
  const { http, robots } = createFetchClients(env, politenessGateOf(bus, env));
  const workers = bus.startWorkers(createArticleHandlers({ db: dbh.db, http, robots, catalog }), {
    concurrency: { [articleFetch.name]: env.ARTICLE_CONCURRENCY },
  });
  log.info({ database: dbh.location }, "article worker started");
  onShutdown(
    [() => Promise.all(workers.map((w) => w.close())).then(() => undefined), () => bus.close(), () => http.close(), () => dbh.close()],
    { log },
  );
}
