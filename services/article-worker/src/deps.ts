import type { Db } from "@claimwatch/db";
import type { Catalog } from "@claimwatch/domain";
import { createHttpClient, createRobotsChecker, type HostGate, type HttpClient, type RobotsChecker } from "@claimwatch/http";
import type { HandlerEntry } from "@claimwatch/queue";
import { type FetchEnv, httpOptionsOf } from "@claimwatch/runtime";
import { createArticleFetchHandler } from "./jobs/article-fetch.job.ts";

/**
 * The HTTP client (politeness limits, size cap, SSRF guard) and the robots.txt checker. With a
 * shared `hostGate` (Redis), politeness holds across every worker process, not just this one.
 */
export function createFetchClients(env: FetchEnv, hostGate?: HostGate): { http: HttpClient; robots: RobotsChecker | null } {
  const options = httpOptionsOf(env);
  const http = createHttpClient(hostGate ? { ...options, hostGate } : options);
  return { http, robots: env.RESPECT_ROBOTS ? createRobotsChecker(http, { userAgent: options.userAgent }) : null };
}

export function createArticleHandlers(deps: { db: Db; http: HttpClient; robots: RobotsChecker | null; catalog: Catalog }): HandlerEntry[] {
  return [createArticleFetchHandler(deps)];
}
