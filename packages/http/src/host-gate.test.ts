import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHostGate } from "./host-gate.ts";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function track(promise: Promise<() => void>): { release: (() => void) | null } {
  const slot: { release: (() => void) | null } = { release: null };
  void promise.then((release) => {
    slot.release = release;
  });
  return slot;
}

describe("createHostGate", () => {
  it("spaces starts to one host by the gap and caps requests in flight", async () => {
    const gate = createHostGate({ concurrency: 2, minGapMs: 1000, now: () => Date.now() });
    const [a, b, c] = [track(gate.acquire("feeds.example")), track(gate.acquire("feeds.example")), track(gate.acquire("feeds.example"))];
    await vi.advanceTimersByTimeAsync(0);
    expect([a.release, b.release, c.release].map(Boolean)).toEqual([true, false, false]);
    await vi.advanceTimersByTimeAsync(999);
    expect(Boolean(b.release)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(Boolean(b.release)).toBe(true);
    // Two in flight: the third waits for a release even after the gap.
    await vi.advanceTimersByTimeAsync(5000);
    expect(Boolean(c.release)).toBe(false);
    a.release?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(Boolean(c.release)).toBe(true);
  });

  it("lets different hosts start at once", async () => {
    const gate = createHostGate({ concurrency: 1, minGapMs: 1000, now: () => Date.now() });
    const slots = ["a.example", "b.example", "c.example"].map((host) => track(gate.acquire(host)));
    await vi.advanceTimersByTimeAsync(0);
    expect(slots.every((s) => s.release)).toBe(true);
  });

  it("drops a waiter whose signal aborts and serves the next one", async () => {
    const gate = createHostGate({ concurrency: 1, minGapMs: 0, now: () => Date.now() });
    const first = track(gate.acquire("x.example"));
    const controller = new AbortController();
    const abandoned = gate.acquire("x.example", controller.signal);
    const third = track(gate.acquire("x.example"));
    controller.abort(new Error("gave up"));
    await expect(abandoned).rejects.toThrow("gave up");
    await vi.advanceTimersByTimeAsync(0);
    first.release?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(Boolean(third.release)).toBe(true);
  });
});
