import { describe, expect, it } from "vitest";
import { parseFeed } from "./parse-feed.ts";
import { parseFixture, readFixture } from "./testing.ts";

describe("parseFeed on feeds written the way the web writes them", () => {
  it("reads an RSS 2.0 feed: relative links, tracking stripped in canonicalUrl, HTML out of titles, zone names", async () => {
    const result = await parseFixture("rss2-news.xml", { url: "https://desk.example.com/rss.xml" });
    expect(result.format).toBe("rss2");
    expect(result.feed).toMatchObject({ title: "Far East & Peninsula Desk", link: "https://desk.example.com/world/", ttlMinutes: 30 });
    const [first, second] = result.feed.items;
    expect(first).toEqual({
      url: "https://desk.example.com/world/2025/06/builders-on-sites?utm_source=rss&utm_medium=feed&id=77",
      canonicalUrl: "https://desk.example.com/world/2025/06/builders-on-sites?id=77",
      guid: "desk-77",
      title: "Exclusive: More North Korean builders seen on Russian sites",
      published: new Date("2025-06-04T00:30:00Z"),
      summary: "Site managers in the Far East say crews have grown since spring.",
    });
    expect(second).toMatchObject({ url: "https://desk.example.com/world/2025/06/student-visas", summary: "Officials gave a new number for student visas." });
    expect(result.feed.items).toHaveLength(2);
    expect(result.skipped.map((s) => s.title)).toEqual(["Subscribe to our newsletter", "Builders story, repeated by the CMS", "Item with nothing to open"]);
    expect(result.skipped[0]?.reason).toContain("javascript:");
  });

  it("resolves Atom links against nested xml:base and prefers rel=alternate", async () => {
    const result = await parseFixture("atom-news.xml");
    expect(result.format).toBe("atom10");
    expect(result.feed.title).toBe("Wire Russia desk");
    expect(result.feed.link).toBe("https://wire.example.org/ru/");
    expect(result.feed.items.map((i) => i.url)).toEqual([
      "https://wire.example.org/en/stories/1001-moscow-builder-deal",
      "https://wire.example.org/ru/stories/1002",
    ]);
    expect(result.feed.items[0]).toMatchObject({
      published: new Date("2025-06-06T05:00:00Z"),
      summary: "The firm plans to double its crews by autumn.",
      guid: "tag:wire.example.org,2025:story-1001",
    });
    expect(result.feed.items[1]).toMatchObject({ published: null, summary: "The office now gives a different figure." });
  });

  it("reads RSS 1.0 with dc:date and turns the syndication module into a ttl", async () => {
    const result = await parseFixture("rdf-news.xml");
    expect(result.format).toBe("rss1");
    expect(result.feed.ttlMinutes).toBe(30);
    expect(result.feed.items.map((i) => [i.url, i.published?.toISOString()])).toEqual([
      ["https://heft.example.de/meldung/1", "2025-06-03T05:45:00.000Z"],
      ["https://heft.example.de/meldung/2", "2025-06-03T06:10:00.000Z"],
    ]);
  });

  it("reads JSON Feed 1.1, falling back to an id that is a URL", async () => {
    const result = await parseFixture("json-feed.json", { url: "https://notes.example.com/feed.json" });
    expect(result.format).toBe("json");
    expect(result.feed.title).toBe("Peninsula Notes");
    expect(result.feed.items.map((i) => i.canonicalUrl)).toEqual([
      "https://notes.example.com/2025/06/07/shift-lengths",
      "https://notes.example.com/2025/06/08/wages",
    ]);
    expect(result.feed.items[0]?.title).toBe("Shift lengths on Russian sites, again");
    expect(result.skipped).toEqual([{ reason: "no url, and no id that is a URL", title: "Draft without a link" }]);
  });

  it("stops at maxItems and says how many it left out", async () => {
    const items = Array.from({ length: 30 }, (_, i) => `<item><title>n${i}</title><link>https://x.example/${i}</link></item>`).join("");
    const result = await parseFeed(`<rss version="2.0"><channel><title>many</title>${items}</channel></rss>`, { url: "https://x.example/", maxItems: 10 });
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.items.map((i) => i.title)).toEqual(Array.from({ length: 10 }, (_, i) => `n${i}`));
    expect(result.skipped).toEqual([{ reason: "20 items past the 10-item limit", title: null }]);
  });
});

// One case per quirk of the public test-suite files in /work/shared/feeds (README.txt there),
// rebuilt in our own words with the same structure and bytes.
describe("parseFeed on the quirks of public feed test suites", () => {
  it("decodes a declared ISO-8859-2 feed and keeps its ttl", async () => {
    const result = await parseFixture("latin2.rss");
    expect(result.charset).toBe("iso-8859-2");
    expect(result.feed.ttlMinutes).toBe(90);
    expect(result.feed.items[0]).toMatchObject({ title: "ŻÓŁTA ŁÓDŹ PŁYNIE PO WIŚLE", summary: "Gęsi siedzą na brzegu, a łabędź śpi." });
  });

  it.each([
    ["atom-incomplete-fields.atom", "no link, and no guid that is a URL"],
    ["atom-only-id.atom", "no link, and no guid that is a URL"],
  ])("skips the degenerate entry of %s with a reason", async (name, reason) => {
    const result = await parseFixture(name);
    expect(result.feed.items).toEqual([]);
    expect(result.skipped).toEqual([{ reason, title: null }]);
  });

  it("refuses an HTML redirect page saved as .rss, naming its title", async () => {
    const result = await parseFeed(readFixture("html-document-moved.rss"), { url: "https://news.example/rss" });
    expect(result).toEqual({ ok: false, reason: "not-a-feed", message: 'an HTML page titled "Page Has Moved", not a feed' });
  });

  it("refuses an XML document that is not a feed", async () => {
    const result = await parseFeed(readFixture("latin1-declared-utf8-note.xml"), { url: "https://x.example/" });
    expect(result).toMatchObject({ ok: false, reason: "not-a-feed", message: "root element <note> is not rss, rdf:RDF or feed" });
  });

  it("ignores category attributes", async () => {
    const result = await parseFixture("rss-category-attrs.rss");
    expect(result.feed.items).toHaveLength(1);
    expect(result.feed.items[0]?.title).toBe("One item, three categories");
  });

  it("reads a podcast feed, ignoring enclosures and paging links", async () => {
    const result = await parseFixture("podcast-itunes.rss");
    expect(result.feed.link).toBe("https://funk.example.de/");
    expect(result.feed.items).toEqual([
      expect.objectContaining({ url: "https://funk.example.de/v1-vorschau", guid: "funk-v1", summary: "Ab Freitag geht es los, sagen die beiden „mit Kaffee“." }),
    ]);
  });

  it("trims leading newlines from titles and links and decodes HTML entities inside CDATA", async () => {
    const result = await parseFixture("rss-atom-link-text.rss");
    expect(result.feed.items[0]).toMatchObject({
      title: "Trainer lobt Neuzugang | „Er spielt wie ein Alter“",
      url: "http://sport.example.de/trainer-lobt-neuzugang/view/news/1001?rss",
      summary: "Der Trainer hat die Ablöse verteidigt und von „Geduld“ gesprochen.",
    });
    expect(result.feed.items).toHaveLength(2);
  });

  it("completes an unterminated final end tag and keeps the escaped ampersand", async () => {
    const result = await parseFixture("rss-unterminated-end-tag.xml");
    expect(result.feed.items[0]?.url).toBe("http://example.org/read?x=1&y=2");
    expect(result.repairs).toContain("1 unterminated tags completed");
  });

  it("turns character references outside Unicode into U+FFFD", async () => {
    const result = await parseFixture("charref-out-of-range.xml");
    expect(result.feed.title).toBe("one \ufffd two \ufffd three \ufffd four");
    expect(result.repairs).toEqual(["3 character references outside Unicode replaced by U+FFFD"]);
  });

  it("strips a DOCTYPE glued to the XML declaration", async () => {
    expect((await parseFixture("doctype-glued.xml")).feed.title).toBe("still readable");
  });

  it("drops a stray end tag and keeps reading", async () => {
    const result = await parseFixture("stray-end-tag.xml");
    expect(result.feed.items.map((i) => i.title)).toEqual(["After the stray tag"]);
    expect(result.repairs).toEqual(["1 stray end tags dropped"]);
  });

  it("uses rdf:about as the link and guid of an RSS 1.0 item", async () => {
    const result = await parseFixture("rdf-item-about.xml");
    expect(result.feed.items).toEqual([expect.objectContaining({ url: "http://example.net/stories/5", guid: "http://example.net/stories/5" })]);
  });

  it("reads RSS 0.90 with items beside the channel", async () => {
    const result = await parseFixture("rss090.xml");
    expect(result.format).toBe("rss090");
    expect(result.feed.items.map((i) => i.title)).toEqual(["First story of 1999"]);
  });

  it("reads Atom entries with base64 source rights, non-ASCII categories, content plus summary", async () => {
    expect((await parseFixture("atom-source-rights-base64.xml")).feed.items[0]?.title).toBe("Entry with a source");
    expect((await parseFixture("atom-category-non-ascii.xml")).feed.items[0]?.title).toBe("Über Grenzen");
    expect((await parseFixture("atom-content-and-summary.xml")).feed.items[0]?.summary).toBe("Short summary");
  });

  it("reads an XHTML title as its text", async () => {
    expect((await parseFixture("atom-xhtml-title.xml")).feed.title).toBe("Reports and data weekly");
  });
});

describe("parseFeed on byte-level encoding quirks", () => {
  it.each([
    ["demoronize.xml", "windows-1252", (r: Awaited<ReturnType<typeof parseFixture>>) => r.feed.items[0]?.summary, "won’t"],
    ["utf8-stray-byte.xml", "utf-8", (r: Awaited<ReturnType<typeof parseFixture>>) => r.feed.items[0]?.summary, "’quoted”Š"],
    ["cp037-atom03.xml", "cp037", (r: Awaited<ReturnType<typeof parseFixture>>) => r.feed.title, "Østfold nyheter"],
    ["euckr-undeclared.xml", "euc-kr", (r: Awaited<ReturnType<typeof parseFixture>>) => r.feed.items[0]?.title, "북한 노동자 러시아 파견 관련 새 소식"],
    ["koi8r.xml", "koi8-r", (r: Awaited<ReturnType<typeof parseFixture>>) => r.feed.items[0]?.summary, "Во Владивостоке поставили ёлки & скамейки: <тест>."],
    ["koi8r-undeclared.xml", "koi8-r", (r: Awaited<ReturnType<typeof parseFixture>>) => r.feed.items[0]?.title, "Рабочие приехали в Хабаровск"],
    ["windows1251-undeclared.xml", "windows-1251", (r: Awaited<ReturnType<typeof parseFixture>>) => r.feed.items[0]?.title, "Рабочие приехали в Хабаровск"],
    ["utf8-declared-windows-1252.xml", "utf-8", (r: Awaited<ReturnType<typeof parseFixture>>) => r.feed.title, "Prices in € and “quotes”"],
    ["invalid-prolog-encoding.xml", "utf-8", (r: Awaited<ReturnType<typeof parseFixture>>) => `${r.feed.title} / ${r.feed.items[0]?.title}`, "시험 피드 / Crème brûlée"],
  ])("%s reads as %s", async (name, charset, pick, expected) => {
    const result = await parseFixture(name);
    expect(result.charset).toBe(charset);
    expect(pick(result)).toBe(expected);
  });

  it("counts the Atom 0.3 <issued> date", async () => {
    const result = await parseFixture("cp037-atom03.xml");
    expect(result.format).toBe("atom03");
    expect(result.feed.items[0]?.published).toEqual(new Date("2025-05-06T08:00:00Z"));
  });
});

describe("parseFeed on input that is not a feed", () => {
  it.each([
    ["", "empty"],
    ["   \n\t ", "empty"],
    ["<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>", "not-a-feed"],
    ['{"hello": "world"}', "not-a-feed"],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": [', "malformed"],
    ["plain words and no markup", "not-a-feed"],
    ["<html><body><rss version=\"2.0\"></rss></body></html>", "not-a-feed"],
  ])("%j -> %s", async (input, reason) => {
    const result = await parseFeed(input, { url: "https://x.example/" });
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message).not.toMatch(/\n/);
  });

  it("names an anti-bot challenge page as such", async () => {
    const result = await parseFeed("<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>", { url: "https://x.example/" });
    expect(result).toMatchObject({ ok: false, message: 'an anti-bot challenge page titled "Just a moment...", not a feed' });
  });

  it("never throws on damaged copies of every fixture", async () => {
    const names = ["rss2-news.xml", "atom-news.xml", "rdf-news.xml", "koi8r.xml", "podcast-itunes.rss", "json-feed.json", "cp037-atom03.xml"];
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let outcomes = 0;
    for (const name of names) {
      const original = readFixture(name);
      for (let round = 0; round < 150; round += 1) {
        const copy = Buffer.from(original.subarray(0, Math.floor(original.length * (0.3 + random() * 0.7))));
        for (let k = 0; k < 1 + round % 8; k += 1) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
        const result = await parseFeed(copy, { url: "https://x.example/feed" });
        expect(typeof result.ok).toBe("boolean");
        outcomes += 1;
      }
    }
    expect(outcomes).toBe(names.length * 150);
  });
});

describe("parseFeed on hostile documents", () => {
  it("survives 100,000 nested elements inside an item", async () => {
    const deep = `${"<div>".repeat(100_000)}deep text${"</div>".repeat(100_000)}`;
    const xml = `<rss version="2.0"><channel><item><title>deep</title><link>https://x.example/deep</link><description>${deep}</description></item></channel></rss>`;
    const result = await parseFeed(xml, { url: "https://x.example/" });
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.items[0]?.title).toBe("deep");
    expect(result.repairs.some((r) => r.includes("nested deeper than 64"))).toBe(true);
  });
});

describe("parseFeed on aggregator links", () => {
  it("reads the article URL out of a Bing News click-counter link", async () => {
    const link = "https://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;aid=&amp;tid=abc&amp;url=https%3a%2f%2fwire.example.org%2fstory%3futm_source%3dbing&amp;c=123";
    const xml = `<rss version="2.0"><channel><title>Bing</title><item><title>A story</title><link>${link}</link></item></channel></rss>`;
    const result = await parseFeed(xml, { url: "https://www.bing.com/news/search?q=x&format=rss" });
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.items[0]).toMatchObject({ url: "https://wire.example.org/story?utm_source=bing", canonicalUrl: "https://wire.example.org/story" });
  });
});
