import type { Logger } from "@claimwatch/runtime";
import { Queue, type Job, UnrecoverableError, Worker } from "bullmq";
import { Redis, type RedisOptions } from "ioredis";
import { isPermanent } from "@claimwatch/domain";
import type { QueueDef } from "./define-queue.ts";
import type { HandlerEntry, JobBus, JobRef, JobResult, Settled } from "./job.ts";
import { runJob } from "./run-job.ts";

const PENDING_STATES = new Set(["waiting", "active", "delayed", "prioritized", "waiting-children"]);

export type BullBus = JobBus & {
  queue(def: QueueDef<any>): Queue;
  /** The bus's Redis connection, for other shared state (e.g. the per-host politeness gate). */
  redis: Redis;
  /** Starts a worker per handler in this process; returns them for shutdown. */
  startWorkers(entries: HandlerEntry[], opts?: { concurrency?: Partial<Record<string, number>> }): Worker[];
};

/** A Redis connection as BullMQ workers need it (blocking commands, no per-request retry cap). */
export function connectRedis(url: string, opts: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...opts });
}

/**
 * Answers whether Redis is reachable at `url` within `timeoutMs`; used to choose between BullMQ
 * and in-process jobs for a one-shot run.
 */
export async function pingRedis(url: string, timeoutMs = 1500): Promise<{ ok: true } | { ok: false; error: string }> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message || "no answer" };
  } finally {
    redis.disconnect();
  }
}

/** Jobs on BullMQ under `prefix` (CLAIMWATCH_QUEUE_PREFIX), so that several installs share a Redis. */
export function createBullBus(opts: { redisUrl: string; prefix: string; log: Logger }): BullBus {
  const connection = connectRedis(opts.redisUrl);
  connection.on("error", (error) => opts.log.warn({ err: error }, "redis connection error"));
  const queues = new Map<string, Queue>();
  const listeners: ((s: Settled) => void)[] = [];
  const workerConnections: Redis[] = [];
  const emit = (s: Settled) => listeners.forEach((l) => l(s));

  const queue = (def: QueueDef<any>): Queue => {
    let q = queues.get(def.name);
    if (!q) {
      q = new Queue(def.name, { connection, prefix: opts.prefix });
      queues.set(def.name, q);
    }
    return q;
  };

  const enqueue = async <P>(def: QueueDef<P>, payload: P, o?: { delayMs?: number }): Promise<JobRef> => {
    const data = def.payload.parse(payload);
    const jobId = def.jobId(data);
    const q = queue(def);
    // A job that failed for good stays in the failed set with its error until work on the same
    // key is queued again; then the new attempt replaces it (BullMQ would ignore the add).
    const previous = await q.getJob(jobId);
    if (previous && (await previous.isFailed())) await previous.remove();
    await q.add(def.name, data, {
      jobId,
      attempts: def.attempts,
      backoff: def.backoff,
      delay: o?.delayMs,
      removeOnComplete: true,
      removeOnFail: { age: 30 * 24 * 3600, count: 10_000 },
    });
    return { queue: def.name, id: jobId };
  };

  const startWorkers: BullBus["startWorkers"] = (entries, o) =>
    entries.map((entry) => {
      const workerConnection = connectRedis(opts.redisUrl);
      workerConnection.on("error", (error) => opts.log.warn({ err: error }, "redis connection error"));
      workerConnections.push(workerConnection);
      const worker = new Worker(
        entry.def.name,
        async (job: Job) => {
          try {
            return await runJob(entry, job.data, {
              jobId: job.id ?? "?",
              attempt: job.attemptsMade + 1,
              enqueue,
              log: opts.log,
            });
          } catch (error) {
            if (isPermanent(error)) throw new UnrecoverableError((error as Error).message);
            throw error;
          }
        },
        {
          connection: workerConnection,
          prefix: opts.prefix,
          concurrency: o?.concurrency?.[entry.def.name] ?? entry.def.concurrency,
          lockDuration: 120_000,
        },
      );
      worker.on("completed", (job: Job, result: JobResult) => {
        emit({ ref: { queue: entry.def.name, id: job.id ?? "?" }, ok: true, result });
      });
      worker.on("failed", (job: Job | undefined, error: Error) => {
        if (!job) return;
        const final = error.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
        emit({ ref: { queue: entry.def.name, id: job.id ?? "?" }, ok: false, error: error.message, final });
      });
      worker.on("error", (error) => opts.log.error({ err: error, queue: entry.def.name }, "worker error"));
      worker.on("stalled", (jobId) => opts.log.warn({ queue: entry.def.name, jobId }, "job stalled; it will run again"));
      return worker;
    });

  return {
    kind: "bullmq",
    enqueue,
    queue,
    redis: connection,
    startWorkers,
    onSettled: (listener) => void listeners.push(listener),
    async isPending(ref) {
      const q = queues.get(ref.queue);
      if (!q) return false;
      return PENDING_STATES.has(await q.getJobState(ref.id));
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
      workerConnections.forEach((c) => c.disconnect());
      connection.disconnect();
    },
  };
}
