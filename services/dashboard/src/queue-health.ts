import { allQueues, type BullBus } from "@claimwatch/queue";
import type { Queue } from "bullmq";

export type QueueCounts = Record<string, Record<string, number>>;

export type FailedJob = {
  queue: string;
  id: string;
  name: string;
  /** The error the last attempt failed with. */
  failed_reason: string;
  attempts_made: number;
  failed_at: string | null;
  /** The payload: ids only, never rows or secrets (STYLE.md §5). */
  data: unknown;
};

/** Job counts of every claimwatch queue, as the health page shows them. */
export function queueCountsOf(bus: BullBus | null): () => Promise<QueueCounts | null> {
  return async () => {
    if (!bus) return null;
    const entries = await Promise.all(
      allQueues.map(async (def) => [def.name, await bus.queue(def).getJobCounts("waiting", "active", "delayed", "failed", "completed")] as const),
    );
    return Object.fromEntries(entries);
  };
}

/** The newest `perQueue` failed jobs of every claimwatch queue, newest first. */
export function failedJobsOf(bus: BullBus | null, perQueue = 20): () => Promise<FailedJob[] | null> {
  return async () => {
    if (!bus) return null;
    const lists = await Promise.all(
      allQueues.map(async (def) => {
        const jobs = await bus.queue(def).getFailed(0, perQueue - 1);
        return jobs.map(
          (job): FailedJob => ({
            queue: def.name,
            id: job.id ?? "?",
            name: job.name,
            failed_reason: job.failedReason ?? "",
            attempts_made: job.attemptsMade,
            failed_at: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
            data: job.data,
          }),
        );
      }),
    );
    return lists.flat().sort((a, b) => (b.failed_at ?? "").localeCompare(a.failed_at ?? ""));
  };
}

/** The BullMQ queues of the bus, for Bull Board; none without Redis. */
export function bullQueuesOf(bus: BullBus | null): Queue[] {
  return bus ? allQueues.map((def) => bus.queue(def)) : [];
}
