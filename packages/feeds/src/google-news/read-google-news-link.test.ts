import { describe, expect, it } from "vitest";
import { parseFeed } from "../parse-feed.ts";
import { encodeGoogleNewsId } from "../testing.ts";
import { readGoogleNewsLink } from "./read-google-news-link.ts";
import { batchExecuteForm, readBatchExecuteUrl, readDecodingParams } from "./resolve-google-news-link.ts";

const article = "https://wire.example.org/2025/06/workers-in-russia?ref=gn";

describe("readGoogleNewsLink", () => {
  it("decodes an old-style link that holds the article URL, offline", () => {
    const id = encodeGoogleNewsId(article);
    expect(readGoogleNewsLink(`https://news.google.com/rss/articles/${id}?oc=5`)).toEqual({ id, articleUrl: article });
    expect(readGoogleNewsLink(`https://news.google.com/articles/${id}`)?.articleUrl).toBe(article);
  });

  it("decodes a URL longer than 127 bytes, whose length takes two bytes", () => {
    const long = `https://wire.example.org/${"a".repeat(200)}`;
    expect(readGoogleNewsLink(`https://news.google.com/rss/articles/${encodeGoogleNewsId(long)}`)?.articleUrl).toBe(long);
  });

  it("marks a new-style link, whose id is an opaque token, as needing Google to resolve it", () => {
    const id = encodeGoogleNewsId("AU_yqLOpaqueTokenThatOnlyGoogleCanTurnIntoAUrl");
    expect(readGoogleNewsLink(`https://news.google.com/rss/articles/${id}?oc=5`)).toEqual({ id, articleUrl: null });
  });

  it("never guesses from an id that is not the expected message", () => {
    expect(readGoogleNewsLink("https://news.google.com/rss/articles/bm90IGEgbWVzc2FnZSBhdCBhbGw")?.articleUrl).toBeNull();
    expect(readGoogleNewsLink(`https://news.google.com/rss/articles/${encodeGoogleNewsId("javascript:alert(1)")}`)?.articleUrl).toBeNull();
  });

  it("ignores every other URL, Google's own search pages included", () => {
    expect(readGoogleNewsLink(article)).toBeNull();
    expect(readGoogleNewsLink("https://news.google.com/rss/search?q=workers")).toBeNull();
    expect(readGoogleNewsLink(`https://news.google.com.evil.test/rss/articles/${encodeGoogleNewsId(article)}`)).toBeNull();
    expect(readGoogleNewsLink("not a url")).toBeNull();
  });

  it("answers for another origin when told to (the test stand-in for Google)", () => {
    const id = encodeGoogleNewsId(article);
    expect(readGoogleNewsLink(`http://127.0.0.1:4000/rss/articles/${id}`, "http://127.0.0.1:4000")?.articleUrl).toBe(article);
  });
});

describe("Google News links in a feed", () => {
  it("gives an old-style item the article's own URL, so it dedups with the outlet's feed", async () => {
    const link = `https://news.google.com/rss/articles/${encodeGoogleNewsId("https://wire.example.org/story?utm_source=gn")}?oc=5`;
    const opaque = `https://news.google.com/rss/articles/${encodeGoogleNewsId("AU_yqLsomethingOpaque")}?oc=5`;
    const xml = `<rss version="2.0"><channel><title>GN</title><item><title>Old</title><link>${link}</link></item><item><title>New</title><link>${opaque}</link></item></channel></rss>`;
    const result = await parseFeed(xml, { url: "https://news.google.com/rss/search?q=x" });
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.items[0]).toMatchObject({ url: "https://wire.example.org/story?utm_source=gn", canonicalUrl: "https://wire.example.org/story" });
    expect(result.feed.items[1]?.url).toBe(opaque);
  });

  it("credits the outlet named in <source> and takes it off the end of the title", async () => {
    const link = `https://news.google.com/rss/articles/${encodeGoogleNewsId("AU_yqLtoken")}`;
    const xml = `<rss version="2.0"><channel><title>GN</title><item><title>Seoul sees more workers in Russia - The Example Ledger</title><link>${link}</link><source url="https://ledger.example.com">The Example Ledger</source></item><item><title>No source - here</title><link>https://ledger.example.com/a</link></item></channel></rss>`;
    const result = await parseFeed(xml, { url: "https://news.google.com/rss/search?q=x" });
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.items[0]).toMatchObject({ title: "Seoul sees more workers in Russia", source: "The Example Ledger" });
    expect(result.feed.items[1]).toMatchObject({ title: "No source - here" });
    expect(result.feed.items[1]?.source).toBeUndefined();
  });
});

describe("the batchexecute exchange", () => {
  it("reads the signature and timestamp from the article page, entities decoded", () => {
    const html = '<c-wiz><div jscontroller="a" data-n-a-sg="AbC&amp;12_-" data-n-a-ts="1732000000"></div></c-wiz>';
    expect(readDecodingParams(html)).toEqual({ signature: "AbC&12_-", timestamp: "1732000000" });
    expect(readDecodingParams("<html><body>consent page</body></html>")).toBeNull();
  });

  it("sends the id, timestamp and signature in the form Google's page sends", () => {
    const form = new URLSearchParams(batchExecuteForm("ID123", { signature: "SIG", timestamp: "1732000000" }));
    const [[call]] = JSON.parse(form.get("f.req") ?? "") as [[[string, string, null, string]]];
    expect(call[0]).toBe("Fbv4je");
    expect(JSON.parse(call[1]).slice(2)).toEqual(["ID123", 1732000000, "SIG"]);
  });

  it("reads the article URL from the answer, and nothing from an answer without one", () => {
    const entry = ["wrb.fr", "Fbv4je", JSON.stringify(["garturlres", article, 1]), null, null, null, "generic"];
    expect(readBatchExecuteUrl(`)]}'\n\n${JSON.stringify([entry, ["di", 9]])}`)).toBe(article);
    expect(readBatchExecuteUrl(`)]}'\n\n123\n${JSON.stringify([entry])}\n45\n[["di",9]]`)).toBe(article);
    const empty = ["wrb.fr", "Fbv4je", JSON.stringify(["garturlres", null]), null];
    expect(readBatchExecuteUrl(`)]}'\n\n${JSON.stringify([empty])}`)).toBeNull();
    expect(readBatchExecuteUrl("<html>rate limited</html>")).toBeNull();
  });
});
