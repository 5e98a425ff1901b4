import { ClaimwatchError } from "@claimwatch/domain";
import { createLogger } from "@claimwatch/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createBullBus } from "./bull-bus.ts";
import { defineQueue } from "./define-queue.ts";
import { createInlineBus } from "./inline-bus.ts";
import { handlerFor, type HandlerEntry, type JobBus } from "./job.ts";
import { runToCompletion } from "./run-to-completion.ts";
import { makeTestPrefix, removePrefix } from "./testing.ts";

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const log = createLogger({ service: "test", level: "silent" });

const parent = defineQueue({
  name: "parent",
  payload: z.object({ n: z.number().int() }).strict(),
  jobId: (p) => `parent-${p.n}`,
  attempts: 2,
  backoff: { type: "fixed", delay: 10 },
  concurrency: 2,
});
const child = defineQueue({
  name: "child",
  payload: z.object({ n: z.number().int() }).strict(),
  jobId: (p) => `child-${p.n}`,
  attempts: 3,
  backoff: { type: "fixed", delay: 10 },
  concurrency: 2,
});

/** Parents queue two children each; child 3 fails once then succeeds; child 5 fails for good. */
function makeHandlers(calls: Map<string, number>): HandlerEntry[] {
  const count = (id: string) => {
    const n = (calls.get(id) ?? 0) + 1;
    calls.set(id, n);
    return n;
  };
  return [
    handlerFor(parent, async (p, ctx) => {
      count(`parent-${p.n}`);
      await ctx.enqueue(child, { n: p.n * 2 });
      await ctx.enqueue(child, { n: p.n * 2 + 1 });
      return { status: "done", counts: { parents: 1 } };
    }),
    handlerFor(child, async (p) => {
      const attempt = count(`child-${p.n}`);
      if (p.n === 3 && attempt === 1) throw new Error("transient");
      if (p.n === 5) throw new ClaimwatchError("broken for good", { permanent: true });
      return { status: "done", counts: { children: 1 } };
    }),
  ];
}

const buses: JobBus[] = [];
const prefixes: string[] = [];
function newPrefix(): string {
  const prefix = makeTestPrefix();
  prefixes.push(prefix);
  return prefix;
}
afterEach(async () => {
  await Promise.all(buses.splice(0).map((b) => b.close()));
  await Promise.all(prefixes.splice(0).map((p) => removePrefix(p, redisUrl)));
});

describe.each(["bullmq", "inline"] as const)("jobs on %s", (kind) => {
  function setup(calls: Map<string, number>) {
    const handlers = makeHandlers(calls);
    if (kind === "inline") {
      const bus = createInlineBus(handlers, { log });
      buses.push(bus);
      return bus;
    }
    const bus = createBullBus({ redisUrl, prefix: newPrefix(), log });
    buses.push(bus);
    const workers = bus.startWorkers(handlers);
    buses.push({ close: () => Promise.all(workers.map((w) => w.close())).then(() => undefined) } as JobBus);
    return bus;
  }

  it("follows every job a run queues until all have finished, retrying transient failures", async () => {
    const calls = new Map<string, number>();
    const bus = setup(calls);
    const seeds = [await bus.enqueue(parent, { n: 1 }), await bus.enqueue(parent, { n: 2 })];
    const report = await runToCompletion(bus, seeds, { log, pollMs: 50 });
    expect(report.counts).toEqual({ parents: 2, children: 3 });
    expect(report.finished).toEqual({ parent: 2, child: 4 });
    expect(report.failures).toEqual([{ ref: { queue: "child", id: "child-5" }, error: "broken for good" }]);
    expect(calls.get("child-3")).toBe(2);
    expect(calls.get("child-5")).toBe(1);
  });

  it("rejects a payload that does not match the queue's schema when it is queued", async () => {
    const bus = setup(new Map());
    await expect(bus.enqueue(parent, { n: "x" } as never)).rejects.toThrow(/expected number/i);
  });
});

describe("jobs on bullmq", () => {
  it("runs a job once while it is pending, however often it is queued", async () => {
    const calls = new Map<string, number>();
    const bus = createBullBus({ redisUrl, prefix: newPrefix(), log });
    buses.push(bus);
    await Promise.all([1, 2, 3].map(() => bus.enqueue(child, { n: 8 })));
    expect(await bus.queue(child).getJobCountByTypes("waiting")).toBe(1);
    const workers = bus.startWorkers(makeHandlers(calls));
    await runToCompletion(bus, [{ queue: "child", id: "child-8" }], { log, pollMs: 50 });
    await Promise.all(workers.map((w) => w.close()));
    expect(calls.get("child-8")).toBe(1);
  });

  it("keeps a job that failed for good in the failed set, with its error", async () => {
    const bus = createBullBus({ redisUrl, prefix: newPrefix(), log });
    buses.push(bus);
    const workers = bus.startWorkers(makeHandlers(new Map()));
    const ref = await bus.enqueue(child, { n: 5 });
    await runToCompletion(bus, [ref], { log, pollMs: 50 });
    await Promise.all(workers.map((w) => w.close()));
    const job = await bus.queue(child).getJob(ref.id);
    expect(await job?.getState()).toBe("failed");
    expect(job?.failedReason).toBe("broken for good");
  });
});
