import { isPermanent } from "@claimwatch/domain";
import type { Logger } from "@claimwatch/runtime";
import type { QueueDef } from "./define-queue.ts";
import type { HandlerEntry, JobBus, JobRef, Settled } from "./job.ts";
import { backoffDelayMs, runJob } from "./run-job.ts";

type Pending = { ref: JobRef; entry: HandlerEntry; payload: unknown; attempt: number };

/**
 * Runs jobs in this process, for a one-shot run when no Redis answers: the same handlers, payload
 * validation, job-id dedup, concurrency and retries as on BullMQ, with backoff delays scaled by
 * `backoffScale` so a run does not wait minutes for a retry. Nothing survives the process.
 */
export function createInlineBus(entries: HandlerEntry[], opts: { log: Logger; backoffScale?: number }): JobBus {
  const byQueue = new Map(entries.map((e) => [e.def.name, e]));
  const pending = new Map<string, Pending>();
  const ready = new Map<string, Pending[]>();
  const running = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const listeners: ((s: Settled) => void)[] = [];
  let closed = false;
  const key = (ref: JobRef) => `${ref.queue}\u0000${ref.id}`;
  const emit = (s: Settled) => listeners.forEach((l) => l(s));

  const pump = (queue: string) => {
    const entry = byQueue.get(queue);
    const list = ready.get(queue);
    if (!entry || !list) return;
    while (!closed && list.length > 0 && (running.get(queue) ?? 0) < entry.def.concurrency) {
      const job = list.shift() as Pending;
      running.set(queue, (running.get(queue) ?? 0) + 1);
      void execute(job).finally(() => {
        running.set(queue, (running.get(queue) ?? 1) - 1);
        pump(queue);
      });
    }
  };

  const schedule = (job: Pending, delayMs: number) => {
    const push = () => {
      const list = ready.get(job.ref.queue) ?? [];
      list.push(job);
      ready.set(job.ref.queue, list);
      pump(job.ref.queue);
    };
    if (delayMs <= 0) return void setImmediate(push);
    const timer = setTimeout(() => (timers.delete(timer), push()), delayMs);
    timers.add(timer);
  };

  const execute = async (job: Pending) => {
    try {
      const result = await runJob(job.entry, job.payload, { jobId: job.ref.id, attempt: job.attempt, enqueue, log: opts.log });
      pending.delete(key(job.ref));
      emit({ ref: job.ref, ok: true, result });
    } catch (error) {
      const final = isPermanent(error) || job.attempt >= job.entry.def.attempts;
      if (final) pending.delete(key(job.ref));
      emit({ ref: job.ref, ok: false, error: (error as Error).message, final });
      if (!final) {
        const delay = backoffDelayMs(job.entry.def.backoff, job.attempt) * (opts.backoffScale ?? 0.05);
        schedule({ ...job, attempt: job.attempt + 1 }, delay);
      }
    }
  };

  async function enqueue<P>(def: QueueDef<P>, payload: P, o?: { delayMs?: number }): Promise<JobRef> {
    const entry = byQueue.get(def.name);
    if (!entry) throw new Error(`no handler for queue ${def.name} in this process`);
    const data = def.payload.parse(payload);
    const ref = { queue: def.name, id: def.jobId(data) };
    if (!pending.has(key(ref))) {
      const job = { ref, entry, payload: data, attempt: 1 };
      pending.set(key(ref), job);
      schedule(job, o?.delayMs ?? 0);
    }
    return ref;
  }

  return {
    kind: "inline",
    enqueue,
    onSettled: (listener) => void listeners.push(listener),
    isPending: async (ref) => pending.has(key(ref)),
    async close() {
      closed = true;
      timers.forEach(clearTimeout);
      timers.clear();
    },
  };
}
