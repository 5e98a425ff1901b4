import type { FetchFailureKind } from "@claimwatch/http";

/** Why a poll failed: a fetch failure kind, or a parse result that is not a feed. */
export type FeedFailureKind = FetchFailureKind | "not-a-feed" | "malformed" | "empty";

export type FeedOutcome = { ok: true } | { ok: false; kind: FeedFailureKind; status?: number };

export type FeedHealthStatus = "ok" | "failing" | "unhealthy";

export type FeedHealth = {
  status: FeedHealthStatus;
  /** Sum of failure weights since the last success. */
  failureScore: number;
  consecutiveFailures: number;
  /** Least delay before the next poll because of failures (0 when ok); jitter is added by nextPollDelayMs. */
  backoffMs: number;
};

export type HealthConfig = {
  /** Score at which a feed is reported unhealthy (it is still polled). */
  unhealthyScore: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
};

export const defaultHealthConfig: HealthConfig = {
  unhealthyScore: 3,
  backoffBaseMs: 15 * 60 * 1000,
  backoffMaxMs: 12 * 3600 * 1000,
};

/**
 * How much one failure counts (after Media Cloud: hard 1, soft 0.5, temporary 0.25). A name that
 * does not resolve or a 404/410 says the feed is gone; a timeout or a 5xx says the server is busy.
 */
export function failureWeight(kind: FeedFailureKind, status?: number): number {
  switch (kind) {
    case "dns":
    case "blocked-address":
    case "bad-url":
    case "too-many-redirects":
    case "not-a-feed":
    case "tls":
      return 1;
    case "http":
      if (status === 404 || status === 410 || status === 401 || status === 403) return 1;
      if (status === 429 || (status !== undefined && status >= 500)) return 0.25;
      return 0.5;
    case "connect":
    case "too-large":
    case "decode":
    case "malformed":
      return 0.5;
    case "timeout":
    case "empty":
      return 0.25;
  }
}

/**
 * The health after one more poll. A failing feed is never dropped: it is polled more slowly
 * (exponential backoff, capped) and reported unhealthy once its score reaches the threshold.
 * `changed` is set only on the transition, so an alert fires once, not on every poll.
 */
export function nextFeedHealth(
  previous: FeedHealth | null,
  outcome: FeedOutcome,
  config: HealthConfig = defaultHealthConfig,
): FeedHealth & { changed: "turned-unhealthy" | "recovered" | null } {
  const before = previous?.status ?? "ok";
  if (outcome.ok) {
    return { status: "ok", failureScore: 0, consecutiveFailures: 0, backoffMs: 0, changed: before === "unhealthy" ? "recovered" : null };
  }
  const failureScore = (previous?.failureScore ?? 0) + failureWeight(outcome.kind, outcome.status);
  const consecutiveFailures = (previous?.consecutiveFailures ?? 0) + 1;
  const backoffMs = Math.min(config.backoffMaxMs, config.backoffBaseMs * 2 ** Math.min(consecutiveFailures - 1, 30));
  const status: FeedHealthStatus = failureScore >= config.unhealthyScore ? "unhealthy" : "failing";
  const changed = status === "unhealthy" && before !== "unhealthy" ? "turned-unhealthy" : null;
  return { status, failureScore, consecutiveFailures, backoffMs, changed };
}
