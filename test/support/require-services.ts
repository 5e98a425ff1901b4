// Global setup of the integration and end-to-end projects: the real Postgres and Redis must
// answer. A missing service fails the run with the command that starts it; it never skips tests.
import { Redis } from "ioredis";
import pg from "pg";

export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const testRedisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

async function checkPostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return `Postgres at ${testDatabaseUrl} does not answer (${(error as Error).message}); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(): Promise<string | null> {
  const redis = new Redis(testRedisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null });
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return `Redis at ${testRedisUrl} does not answer (${(error as Error).message}); start it with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`;
  } finally {
    redis.disconnect();
  }
}

export default async function requireServices(): Promise<void> {
  const problems = (await Promise.all([checkPostgres(), checkRedis()])).filter((p): p is string => p !== null);
  if (problems.length > 0) {
    throw new Error(`integration tests need the real services:\n- ${problems.join("\n- ")}`);
  }
}
