import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

/** The politeness gate the HTTP client takes (structurally @claimwatch/http's HostGate). */
export type SharedHostGate = {
  acquire(host: string, signal?: AbortSignal): Promise<() => void>;
  close(reason: Error): void;
};

// Takes a slot for a host when fewer than `limit` leases are live and the last start is at least
// `gap` ms ago; answers 0, or how long to wait. Uses Redis' clock, so machines need not agree.
const ACQUIRE = `
local leases, last = KEYS[1], KEYS[2]
local limit, gap, lease, token = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', leases, '-inf', now)
local started = tonumber(redis.call('GET', last) or '0')
if now - started < gap then return gap - (now - started) end
if redis.call('ZCARD', leases) >= limit then
  local first = redis.call('ZRANGE', leases, 0, 0, 'WITHSCORES')
  return math.max(1, math.min(250, tonumber(first[2]) - now))
end
redis.call('ZADD', leases, now + lease, token)
redis.call('PEXPIRE', leases, lease + gap + 1000)
redis.call('SET', last, now, 'PX', gap + 1000)
return 0
`;

/**
 * Per-host politeness shared by every process on one Redis: at most `concurrency` requests in
 * flight to a host and at least `minGapMs` between two starts, however many feed and article
 * workers run. A slot is a lease that expires after `leaseMs`, so a worker that dies holding one
 * cannot block a host for longer than that.
 */
export function createRedisHostGate(
  redis: Redis,
  opts: { prefix: string; concurrency: number; minGapMs: number; leaseMs?: number },
): SharedHostGate {
  const leaseMs = opts.leaseMs ?? 120_000;
  let closedWith: Error | null = null;
  const keys = (host: string) => [`${opts.prefix}:host-gate:${host}:leases`, `${opts.prefix}:host-gate:${host}:last`];

  return {
    async acquire(host, signal) {
      const token = randomUUID();
      const [leasesKey, lastKey] = keys(host.toLowerCase());
      for (;;) {
        if (closedWith) throw closedWith;
        signal?.throwIfAborted();
        const wait = Number(await redis.eval(ACQUIRE, 2, leasesKey as string, lastKey as string, opts.concurrency, opts.minGapMs, leaseMs, token));
        if (wait <= 0) break;
        // A little jitter so that waiting processes do not ask in lockstep.
        await sleep(wait + Math.floor(Math.random() * 25), signal);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        void redis.zrem(leasesKey as string, token).catch(() => undefined);
      };
    },
    close(reason) {
      closedWith = reason;
    },
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** The shared gate of a BullMQ bus, with the politeness settings of the fetch environment. */
export function politenessGateOf(
  bus: { redis: Redis },
  env: { CLAIMWATCH_QUEUE_PREFIX: string; HTTP_PER_HOST: number; HTTP_HOST_GAP_MS: number; HTTP_TIMEOUT_SEC: number },
): SharedHostGate {
  return createRedisHostGate(bus.redis, {
    prefix: env.CLAIMWATCH_QUEUE_PREFIX,
    concurrency: env.HTTP_PER_HOST,
    minGapMs: env.HTTP_HOST_GAP_MS,
    // A request holds its slot at most as long as its own total timeout allows, plus slack.
    leaseMs: env.HTTP_TIMEOUT_SEC * 1000 + 30_000,
  });
}
