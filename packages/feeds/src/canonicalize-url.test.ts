import { describe, expect, it } from "vitest";
import { canonicalizeUrl } from "./canonicalize-url.ts";

describe("canonicalizeUrl", () => {
  it.each([
    ["HTTPS://News.Example.COM:443/World/Story?b=2&a=1#top", "https://news.example.com/World/Story?a=1&b=2"],
    ["http://news.example.com:80/a", "http://news.example.com/a"],
    ["https://news.example.com:8443/a", "https://news.example.com:8443/a"],
    ["https://x.example/a?utm_source=rss&utm_medium=feed&utm_campaign=c&id=9", "https://x.example/a?id=9"],
    ["https://x.example/a?fbclid=1&gclid=2&dclid=3&msclkid=4&mc_cid=5&mc_eid=6&yclid=7&_ga=8&igshid=9&ref_src=10", "https://x.example/a"],
    ["https://x.example/a?", "https://x.example/a"],
    ["https://user:secret@x.example/a", "https://x.example/a"],
    ["https://x.example./a", "https://x.example/a"],
    ["https://x.example/a?UTM_Source=x&page=2", "https://x.example/a?page=2"],
    ["  https://x.example/path%20with%20spaces  ", "https://x.example/path%20with%20spaces"],
  ])("%s -> %s", (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it("makes two copies of the same link with different tracking equal", () => {
    const a = canonicalizeUrl("https://x.example/story?id=5&utm_source=twitter#comments");
    const b = canonicalizeUrl("https://X.example/story?fbclid=zzz&id=5");
    expect(a).toBe(b);
  });

  it("resolves against a base", () => {
    expect(canonicalizeUrl("../b?utm_term=x", "https://x.example/a/c/d")).toBe("https://x.example/a/b");
  });

  it("keeps parameters that select content and the order of repeated keys' values sorted", () => {
    expect(canonicalizeUrl("https://x.example/s?q=korea&q=russia&ref=home")).toBe("https://x.example/s?q=korea&q=russia&ref=home");
  });

  it.each(["mailto:desk@example.org", "javascript:alert(1)", "ftp://x.example/file", "not a url", "/relative/without/base", ""])(
    "returns null for %j",
    (input) => {
      expect(canonicalizeUrl(input)).toBeNull();
    },
  );
});
