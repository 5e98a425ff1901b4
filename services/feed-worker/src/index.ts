export { createFeedHandlers } from "./deps.ts";
export { type FeedEnv, parseFeedEnv } from "./env.ts";
export { createFeedPollHandler, type FeedDeps } from "./jobs/feed-poll.job.ts";
export { start } from "./start.ts";
