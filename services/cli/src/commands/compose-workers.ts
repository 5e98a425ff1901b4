import type { Mailer } from "@claimwatch/alerts";
import { createArticleHandlers, createFetchClients } from "@claimwatch/article-worker";
import { createArticleMatchHandler } from "@claimwatch/compare-worker";
import type { Db } from "@claimwatch/db";
import type { Catalog } from "@claimwatch/domain";
import { createFeedHandlers } from "@claimwatch/feed-worker";
import { createMailerFromEnv, createNotifyHandlers } from "@claimwatch/notify-worker";
import type { HostGate } from "@claimwatch/http";
import type { HandlerEntry } from "@claimwatch/queue";
import type { CliEnv } from "../env.ts";

export type Workers = { handlers: HandlerEntry[]; mailer: Mailer; close: () => Promise<void> };

/** Every worker's handlers in one process, sharing one HTTP client and one mailer. */
export function composeWorkers(deps: { db: Db; catalog: Catalog; env: CliEnv; hostGate?: HostGate }): Workers {
  const { http, robots } = createFetchClients(deps.env, deps.hostGate);
  const mailer = createMailerFromEnv(deps.env);
  const now = () => new Date();
  const handlers = [
    ...createFeedHandlers({ db: deps.db, http, env: deps.env, now }),
    ...createArticleHandlers({ db: deps.db, http, robots, catalog: deps.catalog }),
    createArticleMatchHandler({ db: deps.db, catalog: deps.catalog, now }),
    ...createNotifyHandlers({ db: deps.db, mailer, env: deps.env }),
  ];
  return {
    handlers,
    mailer,
    async close() {
      await mailer.close();
      await http.close();
    },
  };
}
