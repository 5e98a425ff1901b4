import { fileURLToPath } from "node:url";
import { ConfigError } from "@claimwatch/domain";

export type FeedListEntry = { url: string; name: string | null; line: number };

/** Absolute path of the default feed list shipped with this package. */
export const defaultFeedListPath = fileURLToPath(new URL("../default-feeds.txt", import.meta.url));

function commentText(line: string): string | null {
  const text = line.trim().replace(/^#+/, "").trim();
  return text === "" ? null : text;
}

/**
 * Reads a feed list: one http(s) URL per line, `#` comments, blank lines. The comment after a URL
 * (`https://... # Name`) or on the line just above it names the feed. A line that is not a URL,
 * or a URL listed twice, throws a ConfigError naming `fileName:line`.
 */
export function parseFeedList(text: string, fileName: string): FeedListEntry[] {
  const entries: FeedListEntry[] = [];
  const firstLineOf = new Map<string, number>();
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    // A '#' opens a comment only after whitespace, so URL fragments stay part of the URL.
    const [urlText = "", ...comment] = trimmed.split(/\s+#/);
    const url = urlText.trim();
    if (/\s/.test(url) || !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new ConfigError(`${fileName}:${line}: "${url.slice(0, 100)}" is not an http(s) URL`);
    }
    const earlier = firstLineOf.get(url);
    if (earlier !== undefined) throw new ConfigError(`${fileName}:${line}: ${url} is already listed on line ${earlier}`);
    firstLineOf.set(url, line);
    const previous = lines[index - 1]?.trim() ?? "";
    const name = comment.length > 0 ? commentText(comment.join(" #")) : previous.startsWith("#") ? commentText(previous) : null;
    entries.push({ url, name, line });
  });
  return entries;
}
