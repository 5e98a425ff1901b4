import { describe, expect, it } from "vitest";
import { defaultHealthConfig, failureWeight, nextFeedHealth } from "./feed-health.ts";
import type { FeedHealth, FeedOutcome } from "./feed-health.ts";

function run(outcomes: FeedOutcome[]): Array<ReturnType<typeof nextFeedHealth>> {
  const steps: Array<ReturnType<typeof nextFeedHealth>> = [];
  let health: FeedHealth | null = null;
  for (const outcome of outcomes) {
    const next = nextFeedHealth(health, outcome, defaultHealthConfig);
    steps.push(next);
    health = next;
  }
  return steps;
}

describe("failureWeight", () => {
  it("counts a vanished feed more than a slow one", () => {
    expect(failureWeight("dns")).toBeGreaterThan(failureWeight("timeout"));
    expect(failureWeight("http", 404)).toBeGreaterThan(failureWeight("http", 503));
    expect(failureWeight("http", 410)).toBe(failureWeight("dns"));
    expect(failureWeight("not-a-feed")).toBeGreaterThan(failureWeight("empty"));
  });
});

describe("nextFeedHealth", () => {
  it("turns unhealthy once after three hard failures, and stays polled with growing, capped backoff", () => {
    const gone: FeedOutcome = { ok: false, kind: "http", status: 404 };
    const steps = run(Array.from({ length: 10 }, () => gone));
    expect(steps.map((s) => s.status)).toEqual(["failing", "failing", "unhealthy", ...Array(7).fill("unhealthy")]);
    expect(steps.filter((s) => s.changed === "turned-unhealthy")).toHaveLength(1);
    const backoffs = steps.map((s) => s.backoffMs);
    expect(backoffs.slice(0, 4)).toEqual([15, 30, 60, 120].map((m) => m * 60_000));
    expect(Math.max(...backoffs)).toBe(defaultHealthConfig.backoffMaxMs);
    expect(backoffs.every((b) => b > 0)).toBe(true);
  });

  it("takes twelve timeouts to call a feed unhealthy", () => {
    const steps = run(Array.from({ length: 12 }, (): FeedOutcome => ({ ok: false, kind: "timeout" })));
    expect(steps.findIndex((s) => s.status === "unhealthy")).toBe(11);
  });

  it("reports recovery once, and resets score and backoff", () => {
    const steps = run([...Array.from({ length: 4 }, (): FeedOutcome => ({ ok: false, kind: "dns" })), { ok: true }, { ok: true }]);
    expect(steps[4]).toEqual({ status: "ok", failureScore: 0, consecutiveFailures: 0, backoffMs: 0, changed: "recovered" });
    expect(steps[5]?.changed).toBeNull();
  });

  it("does not report recovery for a feed that was only failing", () => {
    const steps = run([{ ok: false, kind: "timeout" }, { ok: true }]);
    expect(steps.map((s) => [s.status, s.changed])).toEqual([
      ["failing", null],
      ["ok", null],
    ]);
  });
});
