// The article worker against a loopback site on the real Postgres: what it records for pages
// that are articles, copies, not articles, or not there, and what it queues for matching.
import type { ServerResponse } from "node:http";
import { loadCatalog } from "@claimwatch/claims";
import { findArticle, insertFeedItem, upsertClaims, upsertFeeds } from "@claimwatch/db";
import { createTestDb } from "@claimwatch/db/testing";
import { canonicalizeUrl } from "@claimwatch/feeds";
import { createGoogleNewsStandIn, encodeGoogleNewsId } from "@claimwatch/feeds/testing";
import { createHttpClient, createRobotsChecker } from "@claimwatch/http";
import { startTestServer, type TestServer } from "@claimwatch/http/testing";
import { type JobRef, runJob } from "@claimwatch/queue";
import { createLogger } from "@claimwatch/runtime";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleFetchHandler } from "./article-fetch.job.ts";

const log = createLogger({ service: "test", level: "silent" });
const catalog = loadCatalog();

const page = (title: string, paragraphs: string[], head = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join("")}</article><footer>Example Ledger 2026</footer></body></html>`;

const REPORT = [
  "South Korea's intelligence agency told lawmakers that roughly 50,000 North Korean workers are now employed in Russia, most of them on building sites in Moscow and the Far East.",
  "The agency said the workers entered on student and trainee visas and that the trade breaches United Nations sanctions.",
  "Officials in Seoul expect the number to keep rising as Russia's own workforce shrinks.",
];

describe("article-fetch", () => {
  let h: Awaited<ReturnType<typeof createTestDb>>;
  let server: TestServer;
  let base: string;
  let feedId: number;
  const http = createHttpClient({ userAgent: "claimwatch-test/1 (+https://example.org/bot)", timeoutMs: 3000, minHostGapMs: 0 });
  const queued: JobRef[] = [];
  const googleKnown = encodeGoogleNewsId("AU_yqLtokenForTheWireReport");
  const googleUnknown = encodeGoogleNewsId("AU_yqLtokenNobodyKnows");
  const google = createGoogleNewsStandIn({});

  beforeAll(async () => {
    server = await startTestServer((req, res: ServerResponse) => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const send = (type: string, body: string | Buffer, status = 200) => res.writeHead(status, { "content-type": type }).end(body);
      if (google.handle(req, res)) return;
      if (path === "/robots.txt") return send("text/plain", "User-agent: claimwatch-test\nDisallow: /private/\n");
      if (path === "/report.html") return send("text/html; charset=utf-8", page("Seoul raises its count of North Korean workers in Russia", REPORT));
      if (path === "/report-amp.html") return send("text/html", page("Seoul raises its count (AMP)", REPORT, `<link rel="canonical" href="${base}/report.html">`));
      if (path === "/wire-report.html") {
        const wire = ["A wire service reported that about 20,000 North Korean labourers now work in Russia, most of them on construction sites.", ...REPORT.slice(1)];
        return send("text/html", page("Wire: North Korean labour in Russia grows", wire));
      }
      if (path === "/syndicated.html") return send("text/html", page("Partner copy", REPORT));
      if (path === "/ru.html") {
        const html = `<html lang="ru"><head><meta charset="windows-1251"><title>Рабочие из КНДР</title></head><body><article><h1>Рабочие из КНДР в России</h1><p>По данным южнокорейской разведки, в России сейчас работают около 50 тысяч рабочих из КНДР, в основном на стройках Москвы и Дальнего Востока.</p><p>Рабочие въезжают по студенческим визам, что нарушает санкции ООН, утверждают в Сеуле.</p><p>Российские застройщики охотно нанимают северокорейцев: те работают долгими сменами и почти не жалуются на условия, рассказали собеседники издания в отрасли.</p><p>В Москве факт нарушения санкций отрицают, а в Сеуле ожидают, что поток рабочих будет расти и дальше, пока российской экономике не хватает собственных рабочих рук.</p></article></body></html>`;
        return send("text/html", iconv.encode(html, "win1251"));
      }
      if (path === "/paywall.html") return send("text/html", page("Subscribe to read", ["Subscribe to continue reading this article. Already a subscriber? Log in."]));
      if (path === "/data.pdf") return send("application/pdf", "%PDF-1.4");
      if (path === "/private/memo.html") return send("text/html", page("Memo", REPORT));
      return send("text/plain", "not found", 404);
    });
    base = `http://127.0.0.1:${server.port}`;
    Object.assign(google, createGoogleNewsStandIn({ [googleKnown]: `${base}/wire-report.html?utm_source=gn` }));
    h = await createTestDb("postgres");
    await upsertClaims(h.db, catalog.claims);
    feedId = (await upsertFeeds(h.db, [{ url: `${base}/feed.xml`, name: "fixture" }], { disableOthers: false }))[0]!.id;
  });
  afterAll(async () => {
    await http.close();
    await server?.close();
    await h?.dispose();
  });

  async function fetchArticle(path: string, opts: { attempt?: number } = {}) {
    const url = `${base}${path}`;
    const { articleId } = await insertFeedItem(h.db, feedId, { url, canonicalUrl: canonicalizeUrl(url) ?? url, guid: null, title: null, published: null, summary: null }, "Fixture");
    const handler = createArticleFetchHandler({ db: h.db, http, robots: createRobotsChecker(http, { userAgent: "claimwatch-test/1" }), catalog, googleNewsOrigin: base });
    queued.length = 0;
    const outcome = await runJob(handler, { articleId }, {
      jobId: `article-fetch-${articleId}`,
      attempt: opts.attempt ?? 1,
      log,
      enqueue: async (def, payload) => {
        const ref = { queue: def.name, id: JSON.stringify(payload) };
        queued.push(ref);
        return ref;
      },
    });
    return { outcome, article: await findArticle(h.db, articleId) };
  }

  it("reads a relevant article, keeps its claimed figures, and queues it for matching", async () => {
    const { outcome, article } = await fetchArticle("/report.html");
    expect(outcome.counts).toMatchObject({ articlesRead: 1, articlesRelevant: 1 });
    expect(article).toMatchObject({ status: "fetched", isRelevant: true, language: "en", title: "Seoul raises its count of North Korean workers in Russia" });
    expect(article?.body).not.toContain("Home");
    expect(article?.figures?.filter((f) => f.claim === "nk_workers_in_russia").map((f) => f.value)).toEqual([50000]);
    expect(queued).toEqual([{ queue: "article-match", id: JSON.stringify({ articleId: article!.id }) }]);
  });

  it("marks a copy that declares the first page canonical, and a syndicated copy of its body, as duplicates", async () => {
    const amp = await fetchArticle("/report-amp.html");
    expect(amp.article).toMatchObject({ status: "duplicate" });
    expect(amp.outcome.counts).toMatchObject({ articlesDuplicate: 1 });
    const copy = await fetchArticle("/syndicated.html");
    expect(copy.article).toMatchObject({ status: "duplicate" });
    expect(queued).toEqual([]);
  });

  it("decodes a windows-1251 page declared only in its meta tag", async () => {
    const { article } = await fetchArticle("/ru.html");
    expect(article).toMatchObject({ status: "fetched", language: "ru", isRelevant: true });
    expect(article?.body).toContain("Рабочие въезжают по студенческим визам");
    expect(article?.figures?.find((f) => f.claim === "nk_workers_in_russia")?.value).toBe(50000);
  });

  it("records pages that are not articles, not HTML, not there, or closed by robots.txt, with the reason", async () => {
    expect((await fetchArticle("/paywall.html")).article).toMatchObject({ status: "not_article", error: expect.stringMatching(/paywall|empty/i) });
    expect((await fetchArticle("/data.pdf")).article).toMatchObject({ status: "skipped", error: expect.stringContaining("application/pdf") });
    expect((await fetchArticle("/gone.html")).article).toMatchObject({ status: "failed", error: expect.stringContaining("HTTP 404") });
    expect((await fetchArticle("/private/memo.html")).article).toMatchObject({ status: "skipped", error: "robots.txt disallows this page" });
    expect(queued).toEqual([]);
  });

  it("reads the article behind a Google News link and links alerts to the article, not to Google", async () => {
    const { article, outcome } = await fetchArticle(`/rss/articles/${googleKnown}?oc=5`);
    expect(outcome.counts).toMatchObject({ articlesRead: 1, articlesRelevant: 1 });
    expect(article).toMatchObject({ status: "fetched", isRelevant: true, canonicalUrl: `${base}/wire-report.html` });
    expect(article?.figures?.find((f) => f.claim === "nk_workers_in_russia")?.value).toBe(20000);
    expect(google.calls.get("batchexecute")).toBe(1);
  });

  it("records a Google News link Google cannot resolve as failed, with the reason", async () => {
    const { article } = await fetchArticle(`/rss/articles/${googleUnknown}`);
    expect(article).toMatchObject({ status: "failed", error: expect.stringContaining("Google News link") });
  });
});
