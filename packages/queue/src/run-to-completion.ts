import type { Logger } from "@claimwatch/runtime";
import type { JobBus, JobRef, Settled } from "./job.ts";

export type RunReport = {
  /** Jobs that finished, per queue. */
  finished: Record<string, number>;
  /** Jobs that failed for good, with their last error. */
  failures: { ref: JobRef; error: string }[];
  /** Sum of the counters every job reported. */
  counts: Record<string, number>;
};

/**
 * Follows a set of jobs and every job they queue, transitively, until all have finished or failed
 * for good, and sums what they report. Jobs run by this process report through `bus.onSettled`;
 * a job that another process ran is noticed by polling `bus.isPending` (its counters and the jobs
 * it queued are then unknown to this run).
 */
export async function runToCompletion(
  bus: JobBus,
  seeds: JobRef[],
  opts: { log: Logger; pollMs?: number; onProgress?: (report: RunReport, pending: number) => void },
): Promise<RunReport> {
  const key = (ref: JobRef) => `${ref.queue}\u0000${ref.id}`;
  const pending = new Map<string, { ref: JobRef; missedPolls: number }>();
  const settled = new Set<string>();
  const report: RunReport = { finished: {}, failures: [], counts: {} };
  let wake: (() => void) | null = null;

  const track = (ref: JobRef) => {
    if (!settled.has(key(ref))) pending.set(key(ref), { ref, missedPolls: 0 });
  };
  const done = (ref: JobRef) => {
    settled.add(key(ref));
    pending.delete(key(ref));
    report.finished[ref.queue] = (report.finished[ref.queue] ?? 0) + 1;
  };

  bus.onSettled((s: Settled) => {
    if (s.ok) {
      done(s.ref);
      for (const [name, n] of Object.entries(s.result.counts ?? {})) report.counts[name] = (report.counts[name] ?? 0) + (n ?? 0);
      s.result.enqueued.forEach(track);
    } else if (s.final) {
      done(s.ref);
      report.failures.push({ ref: s.ref, error: s.error });
    }
    wake?.();
  });
  seeds.forEach(track);

  const pollMs = opts.pollMs ?? 1000;
  while (pending.size > 0) {
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, pollMs).unref();
    });
    wake = null;
    for (const [k, p] of [...pending]) {
      if (await bus.isPending(p.ref)) {
        p.missedPolls = 0;
        continue;
      }
      // Not queued or running anywhere. Give this process's own completion event a moment to
      // arrive (it carries the jobs queued by that job) before treating it as run elsewhere.
      p.missedPolls += 1;
      if (p.missedPolls >= 3 && pending.has(k)) {
        opts.log.debug({ ref: p.ref }, "job finished outside this process");
        done(p.ref);
      }
    }
    opts.onProgress?.(report, pending.size);
  }
  return report;
}
