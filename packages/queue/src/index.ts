export { type BackoffOptions, defineQueue, type Payload, type QueueDef } from "./define-queue.ts";
export * from "./queues.ts";
export type { Enqueue, HandlerEntry, JobBus, JobContext, JobCounts, JobHandler, JobOutcome, JobRef, JobResult, Settled } from "./job.ts";
export { handlerFor } from "./job.ts";
export { InvalidPayloadError, runJob } from "./run-job.ts";
export { type BullBus, connectRedis, createBullBus, pingRedis } from "./bull-bus.ts";
export { createInlineBus } from "./inline-bus.ts";
export { type RunReport, runToCompletion } from "./run-to-completion.ts";
export { createRedisHostGate, politenessGateOf, type SharedHostGate } from "./create-redis-host-gate.ts";
