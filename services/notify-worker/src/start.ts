import { assertSchemaCurrent, createDb } from "@claimwatch/db";
import { alertSend, createBullBus } from "@claimwatch/queue";
import { createLogger, onShutdown, redactUrl } from "@claimwatch/runtime";
import { createMailerFromEnv, createNotifyHandlers } from "./deps.ts";
import type { NotifyEnv } from "./env.ts";

/** Runs the notify worker until SIGINT/SIGTERM; it never migrates, it checks the schema. */
export async function start(env: NotifyEnv): Promise<void> {
  const log = createLogger({ service: "notify-worker", level: env.LOG_LEVEL });
  const dbh = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMWATCH_DATA_DIR });
  await assertSchemaCurrent(dbh.db);
  const mailer = createMailerFromEnv(env);
  // A wrong SMTP_URL or password fails here, at boot, not at the first alert.
  await mailer.verify();
  const bus = createBullBus({ redisUrl: env.REDIS_URL, prefix: env.CLAIMWATCH_QUEUE_PREFIX, log });
  const workers = bus.startWorkers(createNotifyHandlers({ db: dbh.db, mailer, env }), {
    concurrency: { [alertSend.name]: env.NOTIFY_CONCURRENCY },
  });
  log.info({ database: dbh.location, mail: env.SMTP_URL ? redactUrl(env.SMTP_URL) : "eml files" }, "notify worker started");
  onShutdown(
    [() => Promise.all(workers.map((w) => w.close())).then(() => undefined), () => bus.close(), () => mailer.close(), () => dbh.close()],
    { log },
  );
}
