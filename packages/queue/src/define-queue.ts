import type { z } from "zod";

export type BackoffOptions = { type: "exponential" | "fixed"; delay: number };

export type QueueDef<P = unknown> = {
  name: string;
  payload: z.ZodType<P>;
  /** Natural-key job id: while such a job is waiting or running, adding it again is a no-op. */
  jobId: (payload: P) => string;
  attempts: number;
  backoff: BackoffOptions;
  /** Jobs of this queue a worker runs at once, unless the service says otherwise. */
  concurrency: number;
};

export type Payload<D> = D extends QueueDef<infer P> ? P : never;

/** Declares a queue: its name, the zod schema of its payload, its job id and retry policy. */
export function defineQueue<P>(def: QueueDef<P>): QueueDef<P> {
  // BullMQ uses ':' as its key separator and rejects it in custom job ids.
  const probe = def.jobId;
  return {
    ...def,
    jobId: (p) => {
      const id = probe(p);
      if (id.includes(":")) throw new Error(`job id "${id}" of queue ${def.name} contains ':'`);
      return id;
    },
  };
}
