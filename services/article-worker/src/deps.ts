import type { Db } from "@claimwatch/db";
import type { Catalog } from "@claimwatch/domain";
import { createHttpClient, createRobotsChecker, type HttpClient, type RobotsChecker } from "@claimwatch/http";
import type { HandlerEntry } from "@claimwatch/queue";
import { type FetchEnv, httpOptionsOf } from "@claimwatch/runtime";
import { createArticleFetchHandler } from "./jobs/article-fetch.job.ts";

/** The HTTP client (politeness limits, size cap, SSRF guard) and the robots.txt checker. */
export function createFetchClients(env: FetchEnv): { http: HttpClient; robots: RobotsChecker | null } {
  const options = httpOptionsOf(env);
  const http = createHttpClient(options);
  return { http, robots: env.RESPECT_ROBOTS ? createRobotsChecker(http, { userAgent: options.userAgent }) : null };
}

export function createArticleHandlers(deps: { db: Db; http: HttpClient; robots: RobotsChecker | null; catalog: Catalog }): HandlerEntry[] {
  return [createArticleFetchHandler(deps)];
}
