import { describe, expect, it } from "vitest";
import { isPrivateUrl } from "./is-private-url.ts";

describe("isPrivateUrl", () => {
  it.each([
    ["http://127.0.0.1:8080/feed.xml", true],
    ["http://localhost/feed", true],
    ["http://[::1]/feed", true],
    ["http://10.1.2.3/rss", true],
    ["http://192.168.0.10/rss", true],
    ["https://news.example.org/rss", false],
    ["https://8.8.8.8/rss", false],
    ["not a url", false],
  ])("%s -> %s", (url, expected) => {
    expect(isPrivateUrl(url)).toBe(expected);
  });
});
