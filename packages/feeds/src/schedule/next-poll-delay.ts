export type PollConfig = {
  minIntervalMs: number;
  maxIntervalMs: number;
  /** Used when the feed gives no publication dates at all. */
  defaultIntervalMs: number;
  /** ±share of the delay added at random so that feeds (and failed feeds) do not poll in step. */
  jitterRatio: number;
  /** Look-back over which the publishing rate is measured. */
  windowMs: number;
};

export const defaultPollConfig: PollConfig = {
  minIntervalMs: 5 * 60 * 1000,
  maxIntervalMs: 24 * 3600 * 1000,
  defaultIntervalMs: 60 * 60 * 1000,
  jitterRatio: 0.1,
  windowMs: 7 * 24 * 3600 * 1000,
};

export type PollState = {
  nowMs: number;
  /** Publication times of the items the feed currently lists (nulls and garbage are ignored). */
  recentPublished: ReadonlyArray<Date | number | null>;
  /** RSS <ttl> in minutes. */
  ttlMinutes?: number | null;
  /** From Cache-Control max-age / Expires. */
  cacheFloorMs?: number | null;
  /** From Retry-After on the last 429/503. */
  retryAfterMs?: number | null;
  /** From nextFeedHealth: the least delay while the feed is failing. */
  backoffMs?: number;
};

function toMs(value: Date | number | null): number | null {
  const ms = value instanceof Date ? value.getTime() : value;
  return typeof ms === "number" && Number.isFinite(ms) ? ms : null;
}

/** The delay the publishing rate asks for: the window divided by the items published in it. */
function adaptiveDelayMs(state: PollState, config: PollConfig): number {
  const dates = state.recentPublished.map(toMs).filter((ms): ms is number => ms !== null);
  if (dates.length === 0) return config.defaultIntervalMs;
  // A date in the future is a feed's clock error, not a burst of news; allow an hour of skew.
  const inWindow = dates.filter((ms) => ms >= state.nowMs - config.windowMs && ms <= state.nowMs + 3600_000).length;
  return inWindow === 0 ? config.maxIntervalMs : config.windowMs / inWindow;
}

/**
 * When to poll the feed next, in ms from now: as often as it publishes (items per week, clamped
 * to [minIntervalMs, maxIntervalMs]), never sooner than the feed's ttl, the server's cache
 * lifetime or its Retry-After (each honoured up to maxIntervalMs), nor than the failure backoff;
 * then ±jitterRatio of random spread. `random` returns [0, 1) (Math.random in production).
 */
export function nextPollDelayMs(state: PollState, config: PollConfig = defaultPollConfig, random: () => number = Math.random): number {
  const capped = (ms: number | null | undefined): number => (ms && ms > 0 ? Math.min(ms, config.maxIntervalMs) : 0);
  const floorMs = Math.max(
    config.minIntervalMs,
    capped((state.ttlMinutes ?? 0) * 60_000),
    capped(state.cacheFloorMs),
    capped(state.retryAfterMs),
  );
  const adaptive = Math.min(config.maxIntervalMs, Math.max(config.minIntervalMs, adaptiveDelayMs(state, config)));
  const base = Math.max(adaptive, floorMs, state.backoffMs ?? 0);
  const jittered = base * (1 + config.jitterRatio * (2 * random() - 1));
  return Math.round(Math.max(floorMs, jittered));
}
