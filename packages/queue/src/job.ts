import type { Logger } from "@claimwatch/runtime";
import type { QueueDef } from "./define-queue.ts";

export type JobRef = { queue: string; id: string };

/** Counters a job reports, summed into the summary of `claimwatch run --once`. */
export type JobCounts = { [name: string]: number | undefined };

export type JobOutcome = {
  status: "done" | "skipped";
  reason?: string;
  counts?: JobCounts;
};

/** What a processor stores as the job's return value: the outcome and the jobs it queued. */
export type JobResult = JobOutcome & { enqueued: JobRef[] };

export type Enqueue = <P>(def: QueueDef<P>, payload: P, opts?: { delayMs?: number }) => Promise<JobRef>;

/** What a handler may know of the job running it: never the BullMQ Job itself. */
export type JobContext = {
  enqueue: Enqueue;
  log: Logger;
  jobId: string;
  /** 1 for the first attempt. */
  attempt: number;
};

export type JobHandler<P> = (payload: P, ctx: JobContext) => Promise<JobOutcome>;

/** One handler per queue, paired with its definition. */
export type HandlerEntry = { def: QueueDef<any>; handle: JobHandler<any> };

export function handlerFor<P>(def: QueueDef<P>, handle: JobHandler<P>): HandlerEntry {
  return { def, handle };
}

/** A job outcome or error as the run tracker sees it. */
export type Settled =
  | { ref: JobRef; ok: true; result: JobResult }
  | { ref: JobRef; ok: false; error: string; final: boolean };

/** Where jobs are queued: BullMQ on Redis, or in-process when there is no Redis. */
export interface JobBus {
  readonly kind: "bullmq" | "inline";
  enqueue: Enqueue;
  /** Called when a job run by this process finishes (ok) or fails (final when no retry is left). */
  onSettled(listener: (settled: Settled) => void): void;
  /** Whether a job is still waiting, delayed or running anywhere. */
  isPending(ref: JobRef): Promise<boolean>;
  close(): Promise<void>;
}
