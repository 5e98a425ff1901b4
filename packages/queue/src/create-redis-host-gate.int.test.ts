import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createRedisHostGate } from "./create-redis-host-gate.ts";
import { makeTestPrefix, removePrefix, testRedisUrl } from "./testing.ts";

describe("createRedisHostGate", () => {
  const prefix = makeTestPrefix();
  const connections = [new Redis(testRedisUrl), new Redis(testRedisUrl)];
  afterAll(async () => {
    connections.forEach((c) => c.disconnect());
    await removePrefix(prefix);
  });

  it("keeps two processes' requests to one host within the limit and the gap", async () => {
    // Two gates on two connections stand for two worker processes.
    const gates = connections.map((redis) => createRedisHostGate(redis, { prefix, concurrency: 2, minGapMs: 40 }));
    let inFlight = 0;
    let maxInFlight = 0;
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const release = await gates[i % 2]!.acquire("news.example.org");
        starts.push(Date.now());
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 60));
        inFlight -= 1;
        release();
      }),
    );
    expect(maxInFlight).toBeLessThanOrEqual(2);
    const gaps = starts.sort((a, b) => a - b).slice(1).map((t, i) => t - starts[i]!);
    // Redis' clock and ours differ by a millisecond at most in their rounding.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(38);
  });

  it("does not hold back other hosts", async () => {
    const gate = createRedisHostGate(connections[0]!, { prefix, concurrency: 1, minGapMs: 10_000 });
    const releaseA = await gate.acquire("a.example.org");
    const releaseB = await gate.acquire("b.example.org");
    releaseA();
    releaseB();
  });

  it("frees the slot of a holder that died once its lease runs out", async () => {
    const gate = createRedisHostGate(connections[0]!, { prefix, concurrency: 1, minGapMs: 0, leaseMs: 100 });
    await gate.acquire("dead.example.org"); // never released
    const release = await gate.acquire("dead.example.org");
    release();
  });
});
