import { readFileSync } from "node:fs";
import { loadCatalog } from "@claimwatch/claims";
import { type Db, upsertClaims, upsertFeeds } from "@claimwatch/db";
import { ConfigError } from "@claimwatch/domain";
import { defaultFeedListPath, parseFeedList } from "@claimwatch/feeds";
import { type BullBus, digestBuild, feedPoll, outboxSweep } from "@claimwatch/queue";
import type { Logger } from "@claimwatch/runtime";

export type ScheduleOptions = {
  feedsFile?: string | undefined;
  catalogFile?: string | undefined;
  feedCheckEveryMs: number;
  outboxSweepEveryMs: number;
  /** When set, a daily digest at this hour (0-23) of this time zone; else none. */
  digest: { hour: number; timeZone: string } | null;
};

const FEED_SCHEDULER_PREFIX = "feed-poll-";

/** Reads a feed list file (one URL per line, `#` comments), naming the file in any error. */
export function readFeedList(path: string = defaultFeedListPath) {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read the feed list ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseFeedList(text, path);
}

/**
 * Makes the job schedulers match the data files: the catalog is synced to the claims table, the
 * feed list to the feeds table (feeds removed from the list are disabled), and every enabled feed
 * gets a BullMQ job scheduler while removed feeds lose theirs. Safe to repeat: schedulers are
 * upserted by id.
 */
export async function syncSchedules(deps: { db: Db; bus: BullBus; log: Logger }, opts: ScheduleOptions): Promise<{ feeds: number }> {
  await upsertClaims(deps.db, loadCatalog(opts.catalogFile).claims);
  const entries = readFeedList(opts.feedsFile);
  const feeds = await upsertFeeds(deps.db, entries, { disableOthers: true });
  const pollQueue = deps.bus.queue(feedPoll);
  const wanted = new Set<string>();
  for (const feed of feeds) {
    const id = `${FEED_SCHEDULER_PREFIX}${feed.id}`;
    wanted.add(id);
    await pollQueue.upsertJobScheduler(
      id,
      { every: opts.feedCheckEveryMs },
      { name: feedPoll.name, data: { feedId: feed.id }, opts: { attempts: feedPoll.attempts, backoff: feedPoll.backoff, removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 } } },
    );
  }
  for (const scheduler of await pollQueue.getJobSchedulers(0, -1)) {
    const id = scheduler.key;
    if (id.startsWith(FEED_SCHEDULER_PREFIX) && !wanted.has(id)) {
      await pollQueue.removeJobScheduler(id);
      deps.log.info({ scheduler: id }, "feed no longer listed; its polls stop");
    }
  }
  await deps.bus.queue(outboxSweep).upsertJobScheduler(
    "outbox-sweep",
    { every: opts.outboxSweepEveryMs },
    { name: outboxSweep.name, data: {}, opts: { removeOnComplete: true, removeOnFail: { count: 100 } } },
  );
  const digestQueue = deps.bus.queue(digestBuild);
  if (opts.digest) {
    await digestQueue.upsertJobScheduler(
      "digest-build",
      { pattern: `0 ${opts.digest.hour} * * *`, tz: opts.digest.timeZone },
      { name: digestBuild.name, data: {}, opts: { attempts: digestBuild.attempts, backoff: digestBuild.backoff, removeOnComplete: true, removeOnFail: { count: 100 } } },
    );
  } else {
    await digestQueue.removeJobScheduler("digest-build");
  }
  deps.log.info({ feeds: feeds.length, everyMs: opts.feedCheckEveryMs, digest: opts.digest }, "schedules synced");
  return { feeds: feeds.length };
}
