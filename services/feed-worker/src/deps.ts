import type { HandlerEntry } from "@claimwatch/queue";
import { createFeedPollHandler, type FeedDeps } from "./jobs/feed-poll.job.ts";

export function createFeedHandlers(deps: FeedDeps): HandlerEntry[] {
  return [createFeedPollHandler(deps)];
}
