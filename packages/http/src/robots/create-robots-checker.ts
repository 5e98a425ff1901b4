import type { GetOptions, HttpClient } from "../types.ts";
import { findCrawlDelaySec, isPathAllowed, parseRobotsTxt } from "./parse-robots-txt.ts";
import type { RobotsTxt } from "./parse-robots-txt.ts";

export type RobotsCheckerOptions = {
  /** The full User-Agent; its first product token ("claimwatch" in "claimwatch/1.0 (+url)") is matched. */
  userAgent: string;
  /** How long a fetched robots.txt is trusted. Default 24 h. */
  ttlMs?: number;
  /** How long an unreachable robots.txt (5xx, network error) blocks the host before we ask again. Default 1 h. */
  errorTtlMs?: number;
  /** Hosts kept in the cache; the least recently fetched go first. Default 5000. */
  maxHosts?: number;
  now?: () => number;
};

export type RobotsChecker = {
  /** False when robots.txt disallows the URL for our agent, or when the site's robots.txt is unreachable. */
  isAllowed(url: string, opts?: Pick<GetOptions, "allowPrivate" | "signal">): Promise<boolean>;
  /** The Crawl-delay that applies to our agent on the URL's host, in ms. */
  findCrawlDelayMs(url: string, opts?: Pick<GetOptions, "allowPrivate" | "signal">): Promise<number | undefined>;
};

/** Outcome of asking a site for its robots.txt (RFC 9309 §2.3.1). */
type HostRules = { kind: "rules"; robots: RobotsTxt } | { kind: "allow-all" } | { kind: "disallow-all" };
type Entry = { expiresAt: number; rules: Promise<HostRules> };

const maxRobotsBytes = 512 * 1024;

async function fetchHostRules(http: HttpClient, origin: string, opts: Pick<GetOptions, "allowPrivate" | "signal">): Promise<HostRules> {
  const result = await http.get(`${origin}/robots.txt`, { ...opts, accept: "text/plain, */*;q=0.5", maxBytes: maxRobotsBytes });
  if (result.ok) {
    return result.status === 200 ? { kind: "rules", robots: parseRobotsTxt(result.body.toString("utf8")) } : { kind: "allow-all" };
  }
  // A missing robots.txt (any 4xx) allows everything; a server error or an unreachable site means
  // "assume complete disallow" until we can ask again. A robots.txt past the cap is treated as missing.
  if (result.kind === "too-large") return { kind: "allow-all" };
  if (result.kind === "http" && result.status !== undefined && result.status >= 400 && result.status < 500 && result.status !== 429) {
    return { kind: "allow-all" };
  }
  return { kind: "disallow-all" };
}

/** robots.txt checks for article pages, cached per origin (scheme, host, port). */
export function createRobotsChecker(http: HttpClient, options: RobotsCheckerOptions): RobotsChecker {
  const token = (/^[A-Za-z0-9_-]+/.exec(options.userAgent)?.[0] ?? "*").toLowerCase();
  const ttlMs = options.ttlMs ?? 24 * 3600 * 1000;
  const errorTtlMs = options.errorTtlMs ?? 3600 * 1000;
  const maxHosts = options.maxHosts ?? 5000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, Entry>();

  function rulesFor(origin: string, opts: Pick<GetOptions, "allowPrivate" | "signal">): Promise<HostRules> {
    const cached = cache.get(origin);
    if (cached && cached.expiresAt > now()) return cached.rules;
    const entry: Entry = { expiresAt: now() + ttlMs, rules: fetchHostRules(http, origin, opts) };
    entry.rules.then(
      (rules) => {
        if (rules.kind === "disallow-all") entry.expiresAt = now() + errorTtlMs;
      },
      () => {
        if (cache.get(origin) === entry) cache.delete(origin); // aborted by the caller: ask again next time
      },
    );
    cache.delete(origin);
    cache.set(origin, entry);
    if (cache.size > maxHosts) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return entry.rules;
  }

  return {
    async isAllowed(url, opts = {}) {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return false;
      const rules = await rulesFor(parsed.origin, opts);
      if (rules.kind !== "rules") return rules.kind === "allow-all";
      return isPathAllowed(rules.robots, token, `${parsed.pathname}${parsed.search}`);
    },
    async findCrawlDelayMs(url, opts = {}) {
      if (!URL.canParse(url)) return undefined;
      const rules = await rulesFor(new URL(url).origin, opts);
      if (rules.kind !== "rules") return undefined;
      const seconds = findCrawlDelaySec(rules.robots, token);
      return seconds === undefined ? undefined : Math.round(seconds * 1000);
    },
  };
}
