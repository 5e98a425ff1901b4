import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
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

/**
 * A Google News article id around `payload` (an article URL, as old links hold, or an opaque
 * "AU_yqL..." token, as new ones do), laid out as Google lays it out.
 */
export function encodeGoogleNewsId(payload: string): string {
  const bytes = Buffer.from(payload, "utf8");
  const length = bytes.length < 0x80 ? [bytes.length] : [(bytes.length & 0x7f) | 0x80, bytes.length >> 7];
  return Buffer.concat([Buffer.from([0x08, 0x13, 0x22, ...length]), bytes, Buffer.from([0xd2, 0x01, 0x00])]).toString("base64url");
}

/**
 * A stand-in for the two Google News endpoints behind new-style links: the article page with its
 * decoding signature, and batchexecute answering with the URL registered for an id. `calls`
 * counts requests by path, so a test can tell a resolved link from one that was never asked.
 */
export function createGoogleNewsStandIn(articles: Record<string, string>): {
  handle: (req: IncomingMessage, res: ServerResponse) => boolean;
  calls: Map<string, number>;
} {
  const calls = new Map<string, number>();
  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const pageId = /^\/rss\/articles\/([\w-]+)$/.exec(path)?.[1];
    if (pageId) {
      calls.set("page", (calls.get("page") ?? 0) + 1);
      const signature = `sig-${pageId.slice(-6)}`;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<html><body><c-wiz><div jscontroller="x" data-n-a-id="${pageId}" data-n-a-ts="1732000000" data-n-a-sg="${signature}"></div></c-wiz></body></html>`);
      return true;
    }
    if (path !== "/_/DotsSplashUi/data/batchexecute" || req.method !== "POST") return false;
    calls.set("batchexecute", (calls.get("batchexecute") ?? 0) + 1);
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
      const request = JSON.parse(JSON.parse(form.get("f.req") ?? "[[[]]]")[0][0][1] ?? "[]") as unknown[];
      const [, , id, timestamp, signature] = request as [string, unknown, string, number, string];
      const url = articles[id];
      const isSigned = timestamp === 1732000000 && signature === `sig-${id.slice(-6)}`;
      const inner = isSigned && url ? JSON.stringify(["garturlres", url, 1]) : JSON.stringify(["garturlres", null]);
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end(`)]}'\n\n${JSON.stringify([["wrb.fr", "Fbv4je", inner, null, null, null, "generic"], ["di", 12]])}\n`);
    });
    return true;
  };
  return { handle, calls };
}
