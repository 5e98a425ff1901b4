import { createHttpClient } from "@claimwatch/http";
import { allowTestNames, resolveTestNames, startTestServer } from "@claimwatch/http/testing";
import type { TestServer } from "@claimwatch/http/testing";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pollFeed } from "./poll-feed.ts";
import { nextFeedHealth } from "./schedule/feed-health.ts";
import type { FeedHealth } from "./schedule/feed-health.ts";
import { readFixture } from "./testing.ts";

const russianFeed = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости Приморья</title><item><title>Рабочие из КНДР на стройке</title><link>/news/1</link></item></channel></rss>`;
let version = 1;

const responses: Record<string, { type: string; body: () => Buffer; status?: number; headers?: Record<string, string> }> = {
  // The header claims Latin-1 but the bytes are UTF-8: a reader that trusts the header shows mojibake.
  "/utf8-said-latin1": { type: "application/rss+xml; charset=ISO-8859-1", body: () => Buffer.from('<rss version="2.0"><channel><title>Café “Über” €</title></channel></rss>') },
  // The header claims UTF-8 (a server default); the prolog tells the truth.
  "/cp1251-said-utf8": { type: "text/xml; charset=utf-8", body: () => iconv.encode(russianFeed, "windows-1251") },
  // No charset anywhere; the bytes are KOI8-R.
  "/koi8r-undeclared": { type: "text/xml", body: () => readFixture("koi8r-undeclared.xml") },
  "/euckr-undeclared": { type: "application/xml", body: () => readFixture("euckr-undeclared.xml") },
  "/versioned": { type: "application/atom+xml", body: () => Buffer.from(`<feed xmlns="http://www.w3.org/2005/Atom"><title>v${version}</title><entry><title>e${version}</title><link href="/e/${version}"/></entry></feed>`), headers: { etag: '"static"' } },
  "/html": { type: "text/html", body: () => Buffer.from("<!DOCTYPE html><html><head><title>Welcome</title></head><body>hi</body></html>") },
  "/missing": { type: "text/plain", body: () => Buffer.from("no"), status: 404 },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/old-home") return void res.writeHead(301, { location: "/versioned" }).end();
    const answer = responses[path];
    if (!answer) return void res.writeHead(404).end();
    if (req.headers["if-none-match"] && req.headers["if-none-match"] === answer.headers?.etag && path !== "/versioned") {
      return void res.writeHead(304).end();
    }
    res.writeHead(answer.status ?? 200, { "content-type": answer.type, ...answer.headers }).end(answer.body());
  });
});
afterAll(() => server.close());

const http = createHttpClient({ userAgent: "claimwatch-test/1.0", minHostGapMs: 0, lookup: resolveTestNames, isAddressAllowed: allowTestNames });
afterAll(() => http.close());

describe("pollFeed over HTTP with wrong charset declarations", () => {
  it("keeps UTF-8 bytes readable although the header says ISO-8859-1", async () => {
    const result = await pollFeed(http, { url: server.url("feeds.test", "/utf8-said-latin1") });
    expect(result).toMatchObject({ kind: "parsed", charset: "utf-8", feed: { title: "Café “Über” €" } });
  });

  it("reads Windows-1251 declared in the prolog although the header says UTF-8", async () => {
    const result = await pollFeed(http, { url: server.url("feeds.test", "/cp1251-said-utf8") });
    expect(result).toMatchObject({ kind: "parsed", charset: "windows-1251", feed: { title: "Новости Приморья" } });
    if (result.kind !== "parsed") throw new Error("unreachable");
    expect(result.feed.items[0]).toMatchObject({ title: "Рабочие из КНДР на стройке", url: server.url("feeds.test", "/news/1") });
  });

  it.each([
    ["/koi8r-undeclared", "koi8-r", "Новости Дальнего Востока"],
    ["/euckr-undeclared", "euc-kr", null],
  ])("sniffs %s as %s", async (path, charset, title) => {
    const result = await pollFeed(http, { url: server.url("feeds.test", path) });
    expect(result).toMatchObject({ kind: "parsed", charset, feed: { title } });
  });
});

describe("pollFeed across polls", () => {
  it("skips parsing a body it has seen, parses a changed body behind the same ETag, and follows a moved feed", async () => {
    version = 1;
    const first = await pollFeed(http, { url: server.url("feeds.test", "/old-home") });
    if (first.kind !== "parsed") throw new Error(`expected parsed, got ${first.kind}`);
    expect(first.permanentRedirect).toBe(server.url("feeds.test", "/versioned"));
    expect(first.feed.items[0]?.url).toBe(server.url("feeds.test", "/e/1"));
    const again = await pollFeed(http, { url: first.url, etag: first.etag, lastBodySha256: first.bodySha256 });
    expect(again.kind).toBe("unchanged");
    version = 2;
    const changed = await pollFeed(http, { url: first.url, etag: first.etag, lastBodySha256: first.bodySha256 });
    expect(changed).toMatchObject({ kind: "parsed", feed: { title: "v2" } });
  });

  it("reports an HTML page and a 404 as failures whose outcomes drive feed health", async () => {
    const html = await pollFeed(http, { url: server.url("feeds.test", "/html") });
    const missing = await pollFeed(http, { url: server.url("feeds.test", "/missing") });
    expect(html).toMatchObject({ kind: "failed", outcome: { ok: false, kind: "not-a-feed" } });
    expect(missing).toMatchObject({ kind: "failed", outcome: { ok: false, kind: "http", status: 404 } });
    if (html.kind !== "failed" || missing.kind !== "failed") throw new Error("unreachable");
    expect(html.message).toContain('an HTML page titled "Welcome"');
    let health: FeedHealth | null = null;
    for (const outcome of [missing.outcome, html.outcome, missing.outcome]) health = nextFeedHealth(health, outcome);
    expect(health).toMatchObject({ status: "unhealthy", changed: "turned-unhealthy" });
  });
});
