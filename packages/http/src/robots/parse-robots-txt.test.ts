import { describe, expect, it } from "vitest";
import { findCrawlDelaySec, isPathAllowed, parseRobotsTxt } from "./parse-robots-txt.ts";

const robots = parseRobotsTxt(`
# Example site
User-agent: *
Disallow: /private/
Allow: /private/press-releases/
Disallow: /*.pdf$
Crawl-delay: 5

User-agent: ClaimWatch
User-agent: otherbot
Disallow: /search
Allow: /search/news$
Crawl-delay: 2.5

Sitemap: https://news.example/sitemap.xml
`);

describe("robots.txt rules", () => {
  it("applies the group naming our product token, case-insensitively, instead of *", () => {
    expect(isPathAllowed(robots, "claimwatch", "/private/notes")).toBe(true);
    expect(isPathAllowed(robots, "claimwatch", "/search?q=korea")).toBe(false);
    expect(isPathAllowed(robots, "someone-else", "/private/notes")).toBe(false);
  });

  it("lets the longest matching rule win", () => {
    expect(isPathAllowed(robots, "someone-else", "/private/press-releases/2025")).toBe(true);
  });

  it("honours * wildcards and the $ end anchor", () => {
    expect(isPathAllowed(robots, "someone-else", "/files/report.pdf")).toBe(false);
    expect(isPathAllowed(robots, "someone-else", "/files/report.pdf.html")).toBe(true);
    expect(isPathAllowed(robots, "claimwatch", "/search/news")).toBe(true);
    expect(isPathAllowed(robots, "claimwatch", "/search/news/more")).toBe(false);
  });

  it("exposes the crawl delay of the matching group", () => {
    expect(findCrawlDelaySec(robots, "claimwatch")).toBe(2.5);
    expect(findCrawlDelaySec(robots, "anyone")).toBe(5);
  });

  it("allows everything when nothing applies, and always allows /robots.txt", () => {
    const empty = parseRobotsTxt("Disallow: /\n");
    expect(isPathAllowed(empty, "claimwatch", "/anything")).toBe(true);
    const closed = parseRobotsTxt("User-agent: *\nDisallow: /\n");
    expect(isPathAllowed(closed, "claimwatch", "/anything")).toBe(false);
    expect(isPathAllowed(closed, "claimwatch", "/robots.txt")).toBe(true);
  });

  it("prefers allow when an allow and a disallow rule are equally long", () => {
    const tie = parseRobotsTxt("User-agent: *\nDisallow: /page\nAllow: /page\n");
    expect(isPathAllowed(tie, "claimwatch", "/page")).toBe(true);
  });
});
