import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseFeed } from "./parse-feed.ts";
import type { ParseFeedResult } from "./types.ts";

/** Bytes of a file in src/__fixtures__. */
export function readFixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)));
}

/** Parses a fixture and fails the test unless it reads as a feed. */
export async function parseFixture(
  name: string,
  options: { url?: string; contentType?: string | null; maxItems?: number } = {},
): Promise<Extract<ParseFeedResult, { ok: true }>> {
  const result = await parseFeed(readFixture(name), { url: options.url ?? "https://feeds.example.com/feed.xml", ...options });
  if (!result.ok) throw new Error(`${name}: expected a feed, got ${result.reason}: ${result.message}`);
  return result;
}
