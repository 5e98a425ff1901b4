import { ClaimwatchError, isPermanent } from "@claimwatch/domain";
import type { Logger } from "@claimwatch/runtime";
import type { Enqueue, HandlerEntry, JobRef, JobResult } from "./job.ts";

/** A payload that does not match its queue's schema: retrying cannot help. */
export class InvalidPayloadError extends ClaimwatchError {
  constructor(queue: string, message: string) {
    super(`invalid ${queue} payload: ${message}`, { permanent: true });
  }
}

/**
 * Runs one job through its handler: validates the payload with the queue's schema, gives the
 * handler an `enqueue` that records the jobs it queues, logs one line, and returns the result.
 * Throws what the handler throws; `isPermanent(error)` tells whether a retry can help.
 */
export async function runJob(
  entry: HandlerEntry,
  rawPayload: unknown,
  job: { jobId: string; attempt: number; enqueue: Enqueue; log: Logger },
): Promise<JobResult> {
  const parsed = entry.def.payload.safeParse(rawPayload);
  if (!parsed.success) throw new InvalidPayloadError(entry.def.name, parsed.error.message);
  const log = job.log.child({ queue: entry.def.name, jobId: job.jobId, attempt: job.attempt });
  const enqueued: JobRef[] = [];
  const enqueue: Enqueue = async (def, payload, opts) => {
    const ref = await job.enqueue(def, payload, opts);
    enqueued.push(ref);
    return ref;
  };
  const started = performance.now();
  try {
    const outcome = await entry.handle(parsed.data, { enqueue, log, jobId: job.jobId, attempt: job.attempt });
    log.info({ ...outcome, ms: Math.round(performance.now() - started), enqueued: enqueued.length }, "job finished");
    return { ...outcome, enqueued };
  } catch (error) {
    const level = isPermanent(error) ? "error" : "warn";
    log[level]({ err: error, permanent: isPermanent(error), ms: Math.round(performance.now() - started) }, "job failed");
    throw error;
  }
}

/** Delay before attempt `attempt + 1`, as BullMQ computes it. */
export function backoffDelayMs(backoff: { type: "exponential" | "fixed"; delay: number }, attempt: number): number {
  return backoff.type === "fixed" ? backoff.delay : backoff.delay * 2 ** (attempt - 1);
}
