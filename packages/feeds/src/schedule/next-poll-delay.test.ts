import { describe, expect, it } from "vitest";
import { defaultPollConfig, nextPollDelayMs } from "./next-poll-delay.ts";

const minute = 60_000;
const hour = 60 * minute;
const now = Date.UTC(2025, 5, 10, 12);
const noJitter = (): number => 0.5;
const config = { ...defaultPollConfig, jitterRatio: 0.1 };

function publishedEvery(gapMs: number, count: number): Date[] {
  return Array.from({ length: count }, (_, i) => new Date(now - i * gapMs));
}

describe("nextPollDelayMs", () => {
  it("polls a busy feed more often than a quiet one, within the configured bounds", () => {
    const busy = nextPollDelayMs({ nowMs: now, recentPublished: publishedEvery(30 * minute, 200) }, config, noJitter);
    const daily = nextPollDelayMs({ nowMs: now, recentPublished: publishedEvery(24 * hour, 20) }, config, noJitter);
    const flood = nextPollDelayMs({ nowMs: now, recentPublished: publishedEvery(30_000, 4000) }, config, noJitter);
    const dormant = nextPollDelayMs({ nowMs: now, recentPublished: [new Date(now - 90 * 24 * hour)] }, config, noJitter);
    expect(busy).toBeLessThan(daily);
    expect(busy).toBe(Math.round((7 * 24 * hour) / 200));
    expect(flood).toBe(config.minIntervalMs);
    expect(dormant).toBe(config.maxIntervalMs);
    expect(daily).toBe(Math.round((7 * 24 * hour) / 8));
  });

  it("uses the default interval for a feed without dates", () => {
    expect(nextPollDelayMs({ nowMs: now, recentPublished: [null, null] }, config, noJitter)).toBe(config.defaultIntervalMs);
  });

  it("ignores items dated in the future", () => {
    const future = Array.from({ length: 500 }, (_, i) => new Date(now + (i + 2) * hour));
    expect(nextPollDelayMs({ nowMs: now, recentPublished: future }, config, noJitter)).toBe(config.maxIntervalMs);
  });

  it("never polls sooner than the ttl, the cache lifetime or Retry-After", () => {
    const busy = publishedEvery(minute, 2000);
    expect(nextPollDelayMs({ nowMs: now, recentPublished: busy, ttlMinutes: 45 }, config, noJitter)).toBe(45 * minute);
    expect(nextPollDelayMs({ nowMs: now, recentPublished: busy, cacheFloorMs: 20 * minute }, config, noJitter)).toBe(20 * minute);
    expect(nextPollDelayMs({ nowMs: now, recentPublished: busy, retryAfterMs: 3 * hour }, config, noJitter)).toBe(3 * hour);
    // Jitter never takes the delay below a floor.
    expect(nextPollDelayMs({ nowMs: now, recentPublished: busy, ttlMinutes: 45 }, config, () => 0)).toBe(45 * minute);
  });

  it("caps floors a server could abuse at maxIntervalMs", () => {
    const delay = nextPollDelayMs({ nowMs: now, recentPublished: [], ttlMinutes: 60 * 24 * 30, retryAfterMs: 400 * hour }, config, noJitter);
    expect(delay).toBe(config.maxIntervalMs);
  });

  it("waits at least the failure backoff", () => {
    const busy = publishedEvery(minute, 2000);
    expect(nextPollDelayMs({ nowMs: now, recentPublished: busy, backoffMs: 4 * hour }, config, noJitter)).toBe(4 * hour);
  });

  it("spreads feeds with the same schedule across ±jitterRatio", () => {
    const state = { nowMs: now, recentPublished: publishedEvery(hour, 168), backoffMs: 2 * hour };
    const low = nextPollDelayMs(state, config, () => 0);
    const high = nextPollDelayMs(state, config, () => 0.999999);
    expect(low).toBe(Math.round(2 * hour * 0.9));
    expect(high).toBeCloseTo(2 * hour * 1.1, -2);
    const spread = new Set(Array.from({ length: 50 }, (_, i) => nextPollDelayMs(state, config, () => i / 50)));
    expect(spread.size).toBe(50);
  });
});
