import { readFileSync } from "node:fs";
import { ConfigError } from "@claimwatch/domain";
import { describe, expect, it } from "vitest";
import { canonicalizeUrl } from "./canonicalize-url.ts";
import { defaultFeedListPath, parseFeedList } from "./parse-feed-list.ts";

describe("parseFeedList", () => {
  it("reads URLs with names from the comment above or on the line", () => {
    const text = [
      "# My feeds",
      "",
      "# Daily wire",
      "https://wire.example/rss.xml",
      "https://desk.example/feed   # Desk, world section",
      "",
      "https://plain.example/atom.xml",
      "https://frag.example/feed#latest",
    ].join("\n");
    expect(parseFeedList(text, "feeds.txt")).toEqual([
      { url: "https://wire.example/rss.xml", name: "Daily wire", line: 4 },
      { url: "https://desk.example/feed", name: "Desk, world section", line: 5 },
      { url: "https://plain.example/atom.xml", name: null, line: 7 },
      { url: "https://frag.example/feed#latest", name: null, line: 8 },
    ]);
  });

  it.each([
    ["https://ok.example/feed\nwire.example/rss\n", "feeds.txt:2"],
    ["ftp://files.example/feed.xml", "feeds.txt:1"],
    ["# name\nhttps://two words.example/feed", "feeds.txt:2"],
  ])("rejects a bad line with file:line (%j)", (text, where) => {
    expect(() => parseFeedList(text, "feeds.txt")).toThrow(ConfigError);
    expect(() => parseFeedList(text, "feeds.txt")).toThrow(where);
  });

  it("rejects a URL listed twice, naming both lines", () => {
    expect(() => parseFeedList("https://a.example/f\n\nhttps://a.example/f\n", "list.txt")).toThrow("list.txt:3: https://a.example/f is already listed on line 1");
  });
});

describe("the default feed list", () => {
  const entries = parseFeedList(readFileSync(defaultFeedListPath, "utf8"), defaultFeedListPath);

  it("names every feed", () => {
    expect(entries.filter((e) => e.name === null)).toEqual([]);
  });

  it("searches the story in English, Russian and Korean", () => {
    const searchLanguages = entries
      .filter((e) => e.url.startsWith("https://news.google.com/rss/search"))
      .map((e) => new URL(e.url).searchParams.get("hl")?.slice(0, 2));
    expect(new Set(searchLanguages)).toEqual(new Set(["en", "ru", "ko"]));
    const koreanQuery = entries.map((e) => new URL(e.url).searchParams.get("q") ?? "").find((q) => q.includes("북한"));
    expect(koreanQuery).toBeDefined();
  });

  it("lists each feed once, also after canonicalisation", () => {
    const canonical = entries.map((e) => canonicalizeUrl(e.url));
    expect(new Set(canonical).size).toBe(entries.length);
  });
});
