// A loopback HTTP server for end-to-end tests: serves the fixture site (feeds and article pages
// written for these tests) with {{BASE}} replaced by its own URL, answers conditional GETs, and
// fails on purpose at the routes a test asks it to.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".rss": "application/rss+xml; charset=utf-8",
  ".atom": "application/atom+xml; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/feed+json; charset=utf-8",
};

export type RequestLog = { method: string; path: string; status: number; userAgent: string | undefined };

export type FixtureServer = {
  baseUrl: string;
  requests: RequestLog[];
  /** Answer `path` with this status from now on (e.g. 500), instead of its file. */
  failWith(path: string, status: number): void;
  close(): Promise<void>;
};

export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const failures = new Map<string, number>();
  const requests: RequestLog[] = [];
  let baseUrl = "";
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const log = (status: number) => requests.push({ method: req.method ?? "GET", path, status, userAgent: req.headers["user-agent"] });
    const failure = failures.get(path);
    if (failure) {
      log(failure);
      res.writeHead(failure, { "content-type": "text/plain" }).end(`fixture failure ${failure}`);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      log(403);
      res.writeHead(403).end();
      return;
    }
    readFile(file, "utf8").then(
      (text) => {
        const body = text.replaceAll("{{BASE}}", baseUrl);
        const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
        if (req.headers["if-none-match"] === etag) {
          log(304);
          res.writeHead(304, { etag }).end();
          return;
        }
        log(200);
        res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", etag }).end(body);
      },
      () => {
        log(404);
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    failWith: (path, status) => void failures.set(path, status),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
