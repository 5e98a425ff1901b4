// The feed worker against a loopback web server that misbehaves on purpose, on the real Postgres:
// each failure stays with its feed, leaves a clear error in the database, slows that feed's
// polls, and turns into one operator notice when the feed becomes unhealthy.
import type { ServerResponse } from "node:http";
import { findArticle, findFeed, listDueNoticeIds, upsertFeeds } from "@claimwatch/db";
import { createTestDb } from "@claimwatch/db/testing";
import { createHttpClient } from "@claimwatch/http";
import { startTestServer, type TestServer } from "@claimwatch/http/testing";
import { type JobRef, runJob } from "@claimwatch/queue";
import { createLogger } from "@claimwatch/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeedPollHandler } from "./feed-poll.job.ts";

const log = createLogger({ service: "test", level: "silent" });

const rss = (items: { guid: string; link: string; title: string }[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Fixture wire</title><link>http://wire.invalid/</link>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item>`)
    .join("")}</channel></rss>`;

describe("feed-poll against a misbehaving server", () => {
  let h: Awaited<ReturnType<typeof createTestDb>>;
  let server: TestServer;
  let base: string;
  let guidOfFirst = "a-1";
  const http = createHttpClient({ userAgent: "claimwatch-test/1", timeoutMs: 1500, connectTimeoutMs: 1000, minHostGapMs: 0, maxBytes: 200_000 });
  const now = new Date();
  const handler = () => createFeedPollHandler({ db: h.db, http, env: { FEED_MIN_POLL_MIN: 5, FEED_MAX_POLL_MIN: 1440, FEED_MAX_ITEMS: 2000 }, now: () => now, random: () => 0.5 });
  const queued: JobRef[] = [];
  const poll = (feedId: number) =>
    runJob(handler(), { feedId, force: true }, {
      jobId: `feed-poll-${feedId}`,
      attempt: 1,
      log,
      enqueue: async (def, payload) => {
        const ref = { queue: def.name, id: JSON.stringify(payload) };
        queued.push(ref);
        return ref;
      },
    });

  beforeAll(async () => {
    server = await startTestServer((req, res: ServerResponse) => {
      const path = req.url ?? "/";
      if (path === "/good.rss") {
        res.writeHead(200, { "content-type": "application/rss+xml" }).end(
          rss([
            { guid: guidOfFirst, link: `${base}/story-1?utm_source=rss`, title: "One" },
            { guid: "a-2", link: `${base}/story-2`, title: "Two" },
          ]),
        );
      } else if (path === "/aggregator.rss") {
        res.writeHead(200, { "content-type": "application/rss+xml" }).end(
          `<rss version="2.0"><channel><title>Search results - News aggregator</title><item><title>Seoul counts more workers - The Example Ledger</title><link>${base}/ledger/story</link><source url="https://ledger.example.com">The Example Ledger</source></item></channel></rss>`,
        );
      } else if (path === "/error.rss") {
        res.writeHead(500).end("boom");
      } else if (path === "/busy.rss") {
        res.writeHead(429, { "retry-after": "7200" }).end();
      } else if (path === "/slow.rss") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.write("<?xml version='1.0'?><rss><channel>");
        // never finishes: the total timeout must end it
      } else if (path === "/huge.rss") {
        res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<rss><channel>${"<item><title>x</title></item>".repeat(20_000)}</channel></rss>`);
      } else if (path === "/html.rss") {
        res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><html><head><title>Moved</title></head><body>gone</body></html>");
      } else if (path === "/gone.rss") {
        res.writeHead(404).end();
      } else {
        res.writeHead(404).end();
      }
    });
    base = `http://127.0.0.1:${server.port}`;
    h = await createTestDb("postgres");
  });
  afterAll(async () => {
    await http.close();
    await server?.close();
    await h?.dispose();
  });

  const feedAt = async (path: string) => (await upsertFeeds(h.db, [{ url: `${base}${path}`, name: path }], { disableOthers: false }))[0]!;

  it("records new items once and queues their pages; a GUID change for the same URL is not new", async () => {
    const feed = await feedAt("/good.rss");
    queued.length = 0;
    expect((await poll(feed.id)).counts).toMatchObject({ feedsRead: 1, articlesNew: 2 });
    expect(queued.map((q) => q.queue)).toEqual(["article-fetch", "article-fetch"]);
    guidOfFirst = "a-1-renamed";
    queued.length = 0;
    expect((await poll(feed.id)).counts).toMatchObject({ feedsRead: 1, articlesNew: 0 });
    expect(queued).toEqual([]);
    const row = await findFeed(h.db, feed.id);
    expect(row).toMatchObject({ status: "ok", lastError: null, title: "Fixture wire", itemCount: 2 });
  });

  it("credits an aggregator's item to the outlet it names, not to the aggregator", async () => {
    const feed = await feedAt("/aggregator.rss");
    queued.length = 0;
    expect((await poll(feed.id)).counts).toMatchObject({ articlesNew: 1 });
    const { articleId } = JSON.parse(queued[0]!.id) as { articleId: number };
    expect(await findArticle(h.db, articleId)).toMatchObject({ outlet: "The Example Ledger", title: "Seoul counts more workers" });
  });

  it.each([
    ["/error.rss", /HTTP 500/, "http"],
    ["/slow.rss", /no complete response within 1500 ms/, "timeout"],
    ["/huge.rss", /body exceeds the 196 KiB limit/, "too-large"],
    ["/html.rss", /HTML page|not a feed/i, "not-a-feed"],
    ["/gone.rss", /HTTP 404/, "http"],
  ])("keeps the failure of %s with its feed, with a clear error", async (path, message, kind) => {
    const feed = await feedAt(path);
    const outcome = await poll(feed.id);
    expect(outcome.counts).toMatchObject({ feedsFailed: 1 });
    const row = await findFeed(h.db, feed.id);
    expect(row?.lastError).toMatch(message);
    expect(row?.lastError).toContain(path);
    expect(row).toMatchObject({ lastErrorKind: kind, consecutiveFailures: 1, status: "failing" });
    expect(row!.nextPollAt!.getTime()).toBeGreaterThan(now.getTime() + 5 * 60_000);
    // The good feed is untouched by its neighbour's failure.
    expect((await findFeed(h.db, (await feedAt("/good.rss")).id))?.status).toBe("ok");
  });

  it("waits at least as long as Retry-After before polling a rate-limited feed again", async () => {
    const feed = await feedAt("/busy.rss");
    await poll(feed.id);
    const row = await findFeed(h.db, feed.id);
    expect(row?.lastError).toMatch(/HTTP 429/);
    expect(row!.nextPollAt!.getTime()).toBeGreaterThanOrEqual(now.getTime() + 7200_000);
  });

  it("turns a feed unhealthy once, queues one notice for the operator, and keeps polling it", async () => {
    const feed = await feedAt("/gone.rss");
    const before = (await listDueNoticeIds(h.db)).length;
    for (let i = 0; i < 5; i += 1) await poll(feed.id);
    const row = await findFeed(h.db, feed.id);
    expect(row).toMatchObject({ status: "unhealthy", isEnabled: true });
    expect(row!.consecutiveFailures).toBeGreaterThanOrEqual(5);
    expect((await listDueNoticeIds(h.db)).length).toBe(before + 1);
    expect(queued.filter((q) => q.queue === "notice-send")).toHaveLength(1);
  });
});
