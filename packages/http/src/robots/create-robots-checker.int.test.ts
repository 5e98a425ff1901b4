import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../create-http-client.ts";
import { allowTestNames, resolveTestNames, startTestServer } from "../testing.ts";
import type { TestServer } from "../testing.ts";
import { createRobotsChecker } from "./create-robots-checker.ts";

const robotsByHost: Record<string, { status: number; body: string }> = {
  "strict.test": { status: 200, body: "User-agent: claimwatch\nDisallow: /members/\nCrawl-delay: 3\n\nUser-agent: *\nDisallow: /\n" },
  "missing.test": { status: 404, body: "not here" },
  "broken.test": { status: 500, body: "oops" },
};
const robotsFetches = new Map<string, number>();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const host = (req.headers.host ?? "").split(":")[0] ?? "";
    if (req.url !== "/robots.txt") return void res.writeHead(200).end("page");
    robotsFetches.set(host, (robotsFetches.get(host) ?? 0) + 1);
    const answer = robotsByHost[host] ?? { status: 404, body: "" };
    res.writeHead(answer.status, { "content-type": "text/plain" }).end(answer.body);
  });
});
afterAll(() => server.close());

describe("createRobotsChecker", () => {
  const http = createHttpClient({ userAgent: "claimwatch/1.0", minHostGapMs: 0, lookup: resolveTestNames, isAddressAllowed: allowTestNames });
  const robots = createRobotsChecker(http, { userAgent: "claimwatch/1.0 (+https://example.org/claimwatch)" });
  afterAll(() => http.close());

  it("follows the rules written for our user agent, with their crawl delay", async () => {
    expect(await robots.isAllowed(server.url("strict.test", "/news/2025/05/workers"))).toBe(true);
    expect(await robots.isAllowed(server.url("strict.test", "/members/login"))).toBe(false);
    expect(await robots.findCrawlDelayMs(server.url("strict.test", "/news/"))).toBe(3000);
  });

  it("fetches robots.txt once per host while cached", async () => {
    await Promise.all([1, 2, 3].map((i) => robots.isAllowed(server.url("strict.test", `/news/${i}`))));
    expect(robotsFetches.get("strict.test")).toBe(1);
  });

  it("allows everything when robots.txt is missing, and nothing when the server fails", async () => {
    expect(await robots.isAllowed(server.url("missing.test", "/any/page"))).toBe(true);
    expect(await robots.isAllowed(server.url("broken.test", "/any/page"))).toBe(false);
    expect(await robots.isAllowed("mailto:desk@example.org")).toBe(false);
  });

  it("asks again once the cache entry expires", async () => {
    let nowMs = 0;
    const fresh = createRobotsChecker(http, { userAgent: "claimwatch", ttlMs: 1000, now: () => nowMs });
    const before = robotsFetches.get("missing.test") ?? 0;
    await fresh.isAllowed(server.url("missing.test", "/a"));
    nowMs = 500;
    await fresh.isAllowed(server.url("missing.test", "/b"));
    nowMs = 1500;
    await fresh.isAllowed(server.url("missing.test", "/c"));
    expect((robotsFetches.get("missing.test") ?? 0) - before).toBe(2);
  });
});
