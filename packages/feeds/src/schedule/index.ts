export { nextPollDelayMs, defaultPollConfig } from "./next-poll-delay.ts";
export type { PollConfig, PollState } from "./next-poll-delay.ts";
export { failureWeight, nextFeedHealth, defaultHealthConfig } from "./feed-health.ts";
export type { FeedFailureKind, FeedHealth, FeedHealthStatus, FeedOutcome, HealthConfig } from "./feed-health.ts";
