// Test helpers: each test gets its own BullMQ prefix on the real Redis, removed afterwards.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

export const testRedisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

export function makeTestPrefix(): string {
  return `test-${randomUUID()}`;
}

/** Deletes every key under a test's prefix. */
export async function removePrefix(prefix: string, redisUrl = testRedisUrl): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}
