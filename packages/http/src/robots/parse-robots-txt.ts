export type RobotsRule = { allow: boolean; pattern: string };
export type RobotsGroup = { agents: string[]; rules: RobotsRule[]; crawlDelaySec: number | null };
export type RobotsTxt = { groups: RobotsGroup[] };

/** Parses robots.txt (RFC 9309, plus the common Crawl-delay extension). Never throws. */
export function parseRobotsTxt(text: string): RobotsTxt {
  const groups: RobotsGroup[] = [];
  let current: RobotsGroup | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === "user-agent") {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelaySec: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue; // rules before any user-agent line belong to no group
    if ((key === "allow" || key === "disallow") && value !== "") {
      current.rules.push({ allow: key === "allow", pattern: value });
    } else if (key === "crawl-delay") {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySec = seconds;
    }
  }
  return { groups };
}

/** The groups that apply to `token` (exact product-token match, case-insensitive), else the `*` groups. */
export function listGroupsFor(robots: RobotsTxt, token: string): RobotsGroup[] {
  const wanted = token.toLowerCase();
  const own = robots.groups.filter((g) => g.agents.includes(wanted));
  return own.length > 0 ? own : robots.groups.filter((g) => g.agents.includes("*"));
}

function patternToRegExp(pattern: string): RegExp {
  const anchored = pattern.endsWith("$");
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}${anchored ? "$" : ""}`);
}

function normalizePercent(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

/** Longest matching rule wins; on a tie, allow wins (RFC 9309 §2.2.2). */
export function isPathAllowed(robots: RobotsTxt, token: string, pathAndQuery: string): boolean {
  if (pathAndQuery === "/robots.txt") return true;
  const path = normalizePercent(pathAndQuery);
  let best: RobotsRule | null = null;
  for (const group of listGroupsFor(robots, token)) {
    for (const rule of group.rules) {
      if (!patternToRegExp(normalizePercent(rule.pattern)).test(path)) continue;
      const longer = !best || rule.pattern.length > best.pattern.length;
      const tieAllow = best !== null && rule.pattern.length === best.pattern.length && rule.allow;
      if (longer || tieAllow) best = rule;
    }
  }
  return best ? best.allow : true;
}

export function findCrawlDelaySec(robots: RobotsTxt, token: string): number | undefined {
  const delays = listGroupsFor(robots, token)
    .map((g) => g.crawlDelaySec)
    .filter((d): d is number => d !== null);
  return delays.length > 0 ? Math.max(...delays) : undefined;
}
