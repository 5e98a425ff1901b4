import { resolve } from "node:path";
import { type Feed, listFeeds, upsertFeeds } from "@claimwatch/db";
import {
  createBullBus,
  createInlineBus,
  feedPoll,
  type JobBus,
  outboxSweep,
  pingRedis,
  politenessGateOf,
  type RunReport,
  runToCompletion,
} from "@claimwatch/queue";
import { createLogger, redactUrl } from "@claimwatch/runtime";
import { readFeedList } from "@claimwatch/scheduler";
import type { CliEnv } from "../env.ts";
import { composeWorkers } from "./compose-workers.ts";
import { openDatabase } from "./open-database.ts";
import { formatRunSummary, type RunSummary } from "./run-summary.ts";

/**
 * `claimwatch run --once [--feeds FILE] [--json]`: polls every listed feed once and follows every
 * job that causes (pages, matches, alerts) until all have finished, then prints a summary. A feed
 * that fails is reported with its reason; it never stops the others. Uses BullMQ when Redis
 * answers, else runs the same handlers in this process and says so.
 */
export async function runOnce(env: CliEnv, opts: { feedsFile?: string | undefined; json: boolean }): Promise<number> {
  const log = createLogger({ service: "cli", level: env.LOG_LEVEL });
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const feedsFile = opts.feedsFile ? resolve(env.INIT_CWD ?? process.cwd(), opts.feedsFile) : env.CLAIMWATCH_FEEDS;
  const entries = readFeedList(feedsFile);
  const { dbh, catalog } = await openDatabase(env);
  const redis = await pingRedis(env.REDIS_URL);
  const bull = redis.ok ? createBullBus({ redisUrl: env.REDIS_URL, prefix: env.CLAIMWATCH_QUEUE_PREFIX, log }) : null;
  // With Redis, politeness per host is shared with any other worker on it; without, in-process.
  const workers = composeWorkers({ db: dbh.db, catalog, env, hostGate: bull ? politenessGateOf(bull, env) : undefined });
  let bus: JobBus;
  let stopWorkers = async () => {};
  if (bull) {
    const running = bull.startWorkers(workers.handlers);
    stopWorkers = async () => void (await Promise.all(running.map((w) => w.close())));
    bus = bull;
    say(`claimwatch: jobs on BullMQ at ${redactUrl(env.REDIS_URL)} (prefix ${env.CLAIMWATCH_QUEUE_PREFIX})`);
  } else {
    bus = createInlineBus(workers.handlers, { log });
    say(`claimwatch: Redis at ${redactUrl(env.REDIS_URL)} does not answer (${redis.ok ? "" : redis.error}); running the jobs in this process instead`);
  }
  say(`claimwatch: database ${dbh.location}; ${entries.length} feeds; alerts ${env.SMTP_URL ? `by SMTP to ${env.ALERT_TO.join(", ")}` : `as .eml files in ${resolve(env.CLAIMWATCH_DATA_DIR, "outbox")}`}`);

  const startedAt = new Date();
  try {
    const feeds = await upsertFeeds(dbh.db, entries, { disableOthers: feedsFile === env.CLAIMWATCH_FEEDS && !opts.feedsFile });
    const seeds = [
      ...(await Promise.all(feeds.map((f) => bus.enqueue(feedPoll, { feedId: f.id, force: true })))),
      // Alerts left pending by an earlier run (no SMTP then, a crash) go out now too.
      await bus.enqueue(outboxSweep, {}),
    ];
    let lastProgress = 0;
    const report = await runToCompletion(bus, seeds, {
      log,
      onProgress: (r, pending) => {
        if (Date.now() - lastProgress < 5000) return;
        lastProgress = Date.now();
        say(`claimwatch: ${pending} jobs to go; ${progressLine(r)}`);
      },
    });
    const polled = new Set(feeds.map((f) => f.id));
    const summary = summarize(report, (await listFeeds(dbh.db)).filter((f) => polled.has(f.id)), startedAt, bus.kind);
    process.stdout.write(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : formatRunSummary(summary));
    return 0;
  } finally {
    await stopWorkers();
    await bus.close();
    await workers.close();
    await dbh.close();
  }
}

function progressLine(r: RunReport): string {
  const c = r.counts;
  return `${c.feedsRead ?? 0} feeds read, ${c.articlesNew ?? 0} new articles, ${c.articlesRead ?? 0} read, ${c.alertsRaised ?? 0} alerts`;
}

function summarize(report: RunReport, feeds: Feed[], startedAt: Date, jobs: JobBus["kind"]): RunSummary {
  // The feed worker clears lastError on every successful poll, so a feed polled in this run that
  // still has one failed in this run.
  const failed = feeds.filter((f) => f.lastError !== null && f.lastPolledAt !== null && f.lastPolledAt >= startedAt);
  return {
    jobs,
    feeds: { listed: feeds.length, read: feeds.length - failed.length, failed: failed.map((f) => ({ url: f.url, error: f.lastError ?? "" })) },
    counts: report.counts,
    failedJobs: report.failures.map((f) => ({ queue: f.ref.queue, id: f.ref.id, error: f.error })),
  };
}
