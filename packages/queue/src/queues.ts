import { z } from "zod";
import { defineQueue } from "./define-queue.ts";

const id = z.number().int().positive();

/** Poll one feed: conditional GET, parse, record new items, queue their pages. */
export const feedPoll = defineQueue({
  name: "feed-poll",
  payload: z.object({ feedId: id, force: z.boolean().optional() }).strict(),
  jobId: (p) => `feed-poll-${p.feedId}`,
  // A failed poll is recorded on the feed and retried by the schedule; the job itself retries
  // only for infrastructure errors (database down).
  attempts: 3,
  backoff: { type: "exponential", delay: 5_000 },
  concurrency: 8,
});

/** Fetch an article's page and extract main text, mentions and claimed figures. */
export const articleFetch = defineQueue({
  name: "article-fetch",
  payload: z.object({ articleId: id }).strict(),
  jobId: (p) => `article-fetch-${p.articleId}`,
  attempts: 5,
  backoff: { type: "exponential", delay: 10_000 },
  concurrency: 4,
});

/** Compare an article's claimed figures with the baselines; record observations and alerts. */
export const articleMatch = defineQueue({
  name: "article-match",
  payload: z.object({ articleId: id }).strict(),
  jobId: (p) => `article-match-${p.articleId}`,
  attempts: 5,
  backoff: { type: "exponential", delay: 2_000 },
  concurrency: 4,
});

/** Send one alert e-mail, once. */
export const alertSend = defineQueue({
  name: "alert-send",
  payload: z.object({ alertId: id }).strict(),
  jobId: (p) => `alert-send-${p.alertId}`,
  attempts: 8,
  backoff: { type: "exponential", delay: 15_000 },
  concurrency: 2,
});

/** Send one operator notice (feed health) or digest, once. */
export const noticeSend = defineQueue({
  name: "notice-send",
  payload: z.object({ noticeId: id }).strict(),
  jobId: (p) => `notice-send-${p.noticeId}`,
  attempts: 8,
  backoff: { type: "exponential", delay: 15_000 },
  concurrency: 1,
});

/** Gather the day's new values and corroborations into one digest (ALERT_MODE=digest). */
export const digestBuild = defineQueue({
  name: "digest-build",
  payload: z.object({}).strict(),
  jobId: () => "digest-build",
  attempts: 3,
  backoff: { type: "exponential", delay: 30_000 },
  concurrency: 1,
});

/** Re-queue alerts left pending (a crash between commit and enqueue, an expired lease). */
export const outboxSweep = defineQueue({
  name: "outbox-sweep",
  payload: z.object({}).strict(),
  jobId: () => "outbox-sweep",
  attempts: 1,
  backoff: { type: "fixed", delay: 1_000 },
  concurrency: 1,
});

export const allQueues = [feedPoll, articleFetch, articleMatch, alertSend, noticeSend, digestBuild, outboxSweep] as const;
export type QueueName = (typeof allQueues)[number]["name"];
