import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import net from "node:net";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "./create-http-client.ts";
import { allowTestNames, resolveTestNames, startTestServer } from "./testing.ts";
import type { TestServer } from "./testing.ts";
import type { HttpClientOptions, HttpFailure, HttpResult } from "./types.ts";

const feedXml = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';
let bombBytesProduced = 0;
let counter = 0;

function expectFailure(result: HttpResult): HttpFailure {
  if (result.ok) throw new Error(`expected a failure, got HTTP ${result.status}`);
  return result;
}

// One misbehaving server; each path is one way the web goes wrong.
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "/feed": (req, res) => {
    const etag = '"v1"';
    const lastModified = "Tue, 06 May 2025 10:00:00 GMT";
    if (req.headers["if-none-match"] === etag || req.headers["if-modified-since"] === lastModified) {
      res.writeHead(304, { etag, "cache-control": "max-age=600" }).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/rss+xml", etag, "last-modified": lastModified, "cache-control": "public, max-age=600" });
    res.end(feedXml);
  },
  "/stale-etag": (_req, res) => {
    counter += 1;
    res.writeHead(200, { etag: '"never-changes"' }).end(`<rss version="2.0"><channel><title>${counter}</title></channel></rss>`);
  },
  "/expires": (_req, res) => {
    const date = new Date("2025-05-06T10:00:00Z");
    res.writeHead(200, { date: date.toUTCString(), expires: new Date(date.getTime() + 1800_000).toUTCString() }).end("x");
  },
  "/busy-seconds": (_req, res) => res.writeHead(429, { "retry-after": "120" }).end("slow down"),
  "/busy-date": (_req, res) => res.writeHead(503, { "retry-after": new Date(Date.now() + 90_000).toUTCString() }).end(),
  "/error": (_req, res) => res.writeHead(500).end("boom\nstack trace"),
  "/gone": (_req, res) => res.writeHead(410).end(),
  "/drip": (_req, res) => {
    res.writeHead(200, { "content-type": "text/xml" });
    const timer = setInterval(() => res.write("<"), 50);
    res.on("close", () => clearInterval(timer));
  },
  "/big-chunked": (_req, res) => {
    res.writeHead(200);
    for (let i = 0; i < 50; i += 1) res.write("x".repeat(1000));
    res.end();
  },
  "/big-declared": (_req, res) => res.writeHead(200, { "content-length": 50_000 }).end("y".repeat(50_000)),
  "/gzip-bomb": (_req, res) => {
    res.writeHead(200, { "content-encoding": "gzip" });
    const zeros = Buffer.alloc(64 * 1024);
    let left = 16 * 1024; // 1 GiB of zeros, produced only as fast as it is read
    const source = new Readable({
      read() {
        left -= 1;
        bombBytesProduced += zeros.length;
        this.push(left >= 0 ? zeros : null);
      },
    });
    source.pipe(zlib.createGzip()).pipe(res);
  },
  "/brotli": (_req, res) => res.writeHead(200, { "content-encoding": "br" }).end(zlib.brotliCompressSync(Buffer.from(feedXml))),
  "/gzip": (_req, res) => res.writeHead(200, { "content-encoding": "gzip" }).end(zlib.gzipSync(Buffer.from(feedXml))),
  "/deflate-raw": (_req, res) => res.writeHead(200, { "content-encoding": "deflate" }).end(zlib.deflateRawSync(Buffer.from(feedXml))),
  "/deflate-zlib": (_req, res) => res.writeHead(200, { "content-encoding": "deflate" }).end(zlib.deflateSync(Buffer.from(feedXml))),
  "/lying-gzip": (_req, res) => res.writeHead(200, { "content-encoding": "gzip" }).end(feedXml),
  "/corrupt-gzip": (_req, res) => res.writeHead(200, { "content-encoding": "gzip" }).end(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])),
  "/cut-short": (req, res) => {
    res.writeHead(200, { "content-length": 1000 });
    res.write("only ten b");
    setTimeout(() => req.socket.destroy(), 20);
  },
  "/loop-a": (_req, res) => res.writeHead(302, { location: "/loop-b" }).end(),
  "/loop-b": (_req, res) => res.writeHead(302, { location: "/loop-a" }).end(),
  "/moved-1": (_req, res) => res.writeHead(301, { location: "/moved-2" }).end(),
  "/moved-2": (_req, res) => res.writeHead(308, { location: "/feed" }).end(),
  "/moved-temp": (_req, res) => res.writeHead(302, { location: "/moved-1" }).end(),
  "/to-loopback": (req, res) => {
    const port = (req.socket.address() as net.AddressInfo).port;
    res.writeHead(302, { location: `http://127.0.0.1:${port}/feed` }).end();
  },
  "/to-metadata": (_req, res) => res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/to-ftp": (_req, res) => res.writeHead(301, { location: "ftp://files.test/feed.xml" }).end(),
  "/echo-form": (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const echo = { method: req.method, type: req.headers["content-type"], body: Buffer.concat(chunks).toString("utf8") };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(echo));
    });
  },
  "/post-see-other": (_req, res) => res.writeHead(303, { location: "/echo-form" }).end(),
  "/post-temporary": (_req, res) => res.writeHead(307, { location: "/echo-form" }).end(),
  "/post-to-loopback": (req, res) => {
    const port = (req.socket.address() as net.AddressInfo).port;
    res.writeHead(307, { location: `http://127.0.0.1:${port}/echo-form` }).end();
  },
  "/slow": (_req, res) => {
    setTimeout(() => res.writeHead(200).end("ok"), 60);
  },
};

let server: TestServer;
let inFlight = new Map<string, number>();
let maxInFlight = new Map<string, number>();

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const host = (req.headers.host ?? "").split(":")[0] ?? "";
    const path = (req.url ?? "/").replace(/^\/n\d+/, "").split("?")[0] ?? "/";
    const route = path.startsWith("/chain/")
      ? (_: IncomingMessage, r: ServerResponse) => r.writeHead(302, { location: `/chain/${Number(path.slice(7)) + 1}` }).end()
      : routes[path];
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    maxInFlight.set(host, Math.max(maxInFlight.get(host) ?? 0, inFlight.get(host) ?? 0));
    res.on("close", () => inFlight.set(host, (inFlight.get(host) ?? 1) - 1));
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
});
afterAll(async () => {
  await server.close();
});

function makeClient(overrides: Partial<HttpClientOptions> = {}) {
  return createHttpClient({
    userAgent: "claimwatch-test/1.0 (+https://example.org/claimwatch)",
    minHostGapMs: 0,
    lookup: resolveTestNames,
    isAddressAllowed: allowTestNames,
    ...overrides,
  });
}

describe("createHttpClient against a misbehaving server", () => {
  const client = makeClient({ maxBytes: 10_000, timeoutMs: 2000 });
  afterAll(() => client.close());

  it("returns the body with its validators, hash and cache floor", async () => {
    const result = await client.get(server.url("feeds.test", "/feed"));
    expect(result).toMatchObject({ ok: true, status: 200, etag: '"v1"', lastModified: "Tue, 06 May 2025 10:00:00 GMT", cacheFloorMs: 600_000, permanentRedirect: null });
    if (!result.ok || result.status !== 200) throw new Error("unreachable");
    expect(result.body.toString()).toBe(feedXml);
    expect(result.bodySha256).toBe(createHash("sha256").update(feedXml).digest("hex"));
    expect(result.contentType).toBe("application/rss+xml");
  });

  it("gets 304 for a matching ETag and for a matching Last-Modified", async () => {
    const byEtag = await client.get(server.url("feeds.test", "/feed"), { etag: '"v1"' });
    const byDate = await client.get(server.url("feeds.test", "/feed"), { lastModified: "Tue, 06 May 2025 10:00:00 GMT" });
    expect(byEtag).toMatchObject({ ok: true, status: 304, cacheFloorMs: 600_000, etag: '"v1"' });
    expect(byDate).toMatchObject({ ok: true, status: 304 });
  });

  it("changes bodySha256 when a server sends a stale ETag with a new body", async () => {
    const first = await client.get(server.url("feeds.test", "/stale-etag"));
    const second = await client.get(server.url("feeds.test", "/stale-etag"), { etag: '"never-changes"' });
    if (!first.ok || first.status !== 200 || !second.ok || second.status !== 200) throw new Error("expected two 200s");
    expect(second.etag).toBe(first.etag);
    expect(second.bodySha256).not.toBe(first.bodySha256);
  });

  it("reads a cache floor from Expires against the server's Date", async () => {
    expect(await client.get(server.url("feeds.test", "/expires"))).toMatchObject({ ok: true, cacheFloorMs: 1_800_000 });
  });

  it("reports Retry-After given in seconds on a 429", async () => {
    const failure = expectFailure(await client.get(server.url("feeds.test", "/busy-seconds")));
    expect(failure).toMatchObject({ kind: "http", status: 429, retryAfterMs: 120_000 });
  });

  it("reports Retry-After given as an HTTP date on a 503", async () => {
    const failure = expectFailure(await client.get(server.url("feeds.test", "/busy-date")));
    expect(failure.status).toBe(503);
    expect(failure.retryAfterMs).toBeGreaterThan(80_000);
    expect(failure.retryAfterMs).toBeLessThanOrEqual(90_000);
  });

  it("fails a 500 and a 410 with their status", async () => {
    expect(expectFailure(await client.get(server.url("feeds.test", "/error")))).toMatchObject({ kind: "http", status: 500 });
    expect(expectFailure(await client.get(server.url("feeds.test", "/gone")))).toMatchObject({ kind: "http", status: 410 });
  });

  it("times out a body that drips in slower than the total timeout", async () => {
    const slow = makeClient({ timeoutMs: 300 });
    const failure = expectFailure(await slow.get(server.url("feeds.test", "/drip")));
    await slow.close();
    expect(failure.kind).toBe("timeout");
    expect(failure.message).toContain("300 ms");
  });

  it("stops a body past the cap, declared or not", async () => {
    expect(expectFailure(await client.get(server.url("feeds.test", "/big-chunked"))).kind).toBe("too-large");
    expect(expectFailure(await client.get(server.url("feeds.test", "/big-declared"))).kind).toBe("too-large");
    const raised = await client.get(server.url("feeds.test", "/big-declared"), { maxBytes: 60_000 });
    expect(raised).toMatchObject({ ok: true, status: 200 });
  });

  it("stops a gzip bomb at the decompressed cap without reading it all", async () => {
    bombBytesProduced = 0;
    const failure = expectFailure(await client.get(server.url("feeds.test", "/gzip-bomb"), { maxBytes: 1024 * 1024 }));
    expect(failure.kind).toBe("too-large");
    expect(failure.message).toContain("1.0 MiB");
    expect(bombBytesProduced).toBeLessThan(256 * 1024 * 1024);
  });

  it.each(["/brotli", "/gzip", "/deflate-raw", "/deflate-zlib", "/lying-gzip"])("decodes %s", async (path) => {
    const result = await client.get(server.url("feeds.test", path));
    if (!result.ok || result.status !== 200) throw new Error(`expected 200 for ${path}`);
    expect(result.body.toString()).toBe(feedXml);
  });

  it("fails a corrupt gzip body as a decode error", async () => {
    expect(expectFailure(await client.get(server.url("feeds.test", "/corrupt-gzip"))).kind).toBe("decode");
  });

  it("fails a body cut short by the server", async () => {
    const failure = expectFailure(await client.get(server.url("feeds.test", "/cut-short")));
    expect(failure.kind).toBe("connect");
  });
});

describe("redirects", () => {
  const client = makeClient();
  afterAll(() => client.close());

  it("stops a redirect loop and says so", async () => {
    const failure = expectFailure(await client.get(server.url("feeds.test", "/loop-a")));
    expect(failure.kind).toBe("too-many-redirects");
    expect(failure.message).toMatch(/loop back to .*\/loop-a/);
  });

  it("stops after maxRedirects hops", async () => {
    const failure = expectFailure(await client.get(server.url("feeds.test", "/chain/1")));
    expect(failure).toMatchObject({ kind: "too-many-redirects" });
    expect(failure.message).toContain("after 5 redirects");
  });

  it("reports the new home of a feed moved by 301 and 308 only", async () => {
    const result = await client.get(server.url("feeds.test", "/moved-1"));
    expect(result).toMatchObject({ ok: true, status: 200, url: server.url("feeds.test", "/feed"), permanentRedirect: server.url("feeds.test", "/feed") });
    const viaTemporary = await client.get(server.url("feeds.test", "/moved-temp"));
    expect(viaTemporary).toMatchObject({ ok: true, url: server.url("feeds.test", "/feed"), permanentRedirect: null });
  });

  it("keeps the permanent redirect when the final answer is 304", async () => {
    const result = await client.get(server.url("feeds.test", "/moved-1"), { etag: '"v1"' });
    expect(result).toMatchObject({ ok: true, status: 304, permanentRedirect: server.url("feeds.test", "/feed") });
  });

  it("refuses a redirect to a non-http scheme", async () => {
    expect(expectFailure(await client.get(server.url("feeds.test", "/to-ftp"))).kind).toBe("bad-url");
  });
});

describe("postForm", () => {
  const client = makeClient();
  afterAll(() => client.close());
  const echoOf = (result: HttpResult) => {
    if (!result.ok || result.status !== 200) throw new Error(`expected a body, got ${JSON.stringify(result)}`);
    return JSON.parse(result.body.toString("utf8")) as { method: string; type: string; body: string };
  };

  it("sends the form as a urlencoded POST body", async () => {
    const echo = echoOf(await client.postForm(server.url("feeds.test", "/echo-form"), "f.req=%5B1%5D&x=y"));
    expect(echo).toEqual({ method: "POST", type: "application/x-www-form-urlencoded;charset=UTF-8", body: "f.req=%5B1%5D&x=y" });
  });

  it("goes on as a GET after a 303 and keeps the POST through a 307", async () => {
    expect(echoOf(await client.postForm(server.url("feeds.test", "/post-see-other"), "a=1"))).toMatchObject({ method: "GET", body: "" });
    expect(echoOf(await client.postForm(server.url("feeds.test", "/post-temporary"), "a=1"))).toMatchObject({ method: "POST", body: "a=1" });
  });

  it("passes the same address guard as a GET and names the method in its failures", async () => {
    const failure = expectFailure(await client.postForm(server.url("feeds.test", "/post-to-loopback"), "a=1"));
    expect(failure.kind).toBe("blocked-address");
    expect(failure.message).toMatch(/^POST http:\/\/feeds\.test:\d+\/post-to-loopback/);
  });
});

describe("SSRF guard", () => {
  const client = makeClient();
  afterAll(() => client.close());

  it("refuses a redirect from a public host to 127.0.0.1", async () => {
    const failure = expectFailure(await client.get(server.url("feeds.test", "/to-loopback")));
    expect(failure.kind).toBe("blocked-address");
    expect(failure.message).toMatch(/\/to-loopback \(redirected to http:\/\/127\.0\.0\.1:\d+\/feed\): 127\.0\.0\.1 is not a public address$/);
  });

  it("refuses a redirect to the cloud metadata address", async () => {
    expect(expectFailure(await client.get(server.url("feeds.test", "/to-metadata"))).kind).toBe("blocked-address");
  });

  it("lets an operator's private feed through with allowPrivate, redirects included", async () => {
    expect(await client.get(server.url("127.0.0.1", "/feed"), { allowPrivate: true })).toMatchObject({ ok: true, status: 200 });
    expect(await client.get(server.url("feeds.test", "/to-loopback"), { allowPrivate: true })).toMatchObject({ ok: true, status: 200 });
  });

  it("refuses a name that resolves to a private address", async () => {
    const sneaky = makeClient({ lookup: async () => [{ address: "10.1.2.3", family: 4 }] });
    const failure = expectFailure(await sneaky.get("http://intranet.test/feed"));
    await sneaky.close();
    expect(failure.kind).toBe("blocked-address");
    expect(failure.message).toContain("10.1.2.3");
  });

  it("checks the address actually connected to with the default policy and system resolver", async () => {
    const strict = createHttpClient({ userAgent: "claimwatch-test/1.0" });
    const failures = await Promise.all([
      strict.get(server.url("localhost", "/feed")),
      strict.get(server.url("127.0.0.1", "/feed")),
      strict.get(`http://[::ffff:127.0.0.1]:${server.port}/feed`),
    ]);
    await strict.close();
    expect(failures.map((f) => expectFailure(f).kind)).toEqual(["blocked-address", "blocked-address", "blocked-address"]);
  });
});

describe("connection failures", () => {
  it("names DNS failures, refused connections, TLS errors and connect timeouts", async () => {
    const silent = net.createServer(() => undefined); // accepts, then never says a word
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const silentPort = (silent.address() as net.AddressInfo).port;
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = makeClient({ connectTimeoutMs: 200, timeoutMs: 5000 });
    const [dns, refused, tls, hang] = await Promise.all([
      client.get("http://no-such-host.invalid/feed"),
      client.get(`http://feeds.test:${closedPort}/feed`),
      client.get(`https://feeds.test:${server.port}/feed`),
      client.get(`https://hangs.test:${silentPort}/feed`),
    ]);
    await client.close();
    silent.close();
    expect(expectFailure(dns)).toMatchObject({ kind: "dns" });
    expect(expectFailure(dns).message).toContain("no-such-host.invalid");
    expect(expectFailure(refused)).toMatchObject({ kind: "connect" });
    expect(expectFailure(tls)).toMatchObject({ kind: "tls" });
    expect(expectFailure(hang)).toMatchObject({ kind: "timeout" });
    expect(expectFailure(hang).message).toContain("connecting to hangs.test");
  });

  it("refuses unusable URLs before any network work", async () => {
    const client = makeClient({ maxUrlLength: 100 });
    const results = await Promise.all([
      client.get("ftp://feeds.test/feed.xml"),
      client.get("not a url at all"),
      client.get(`https://feeds.test/${"a".repeat(200)}`),
    ]);
    await client.close();
    expect(results.map((r) => expectFailure(r).kind)).toEqual(["bad-url", "bad-url", "bad-url"]);
  });

  it("rejects with the caller's reason when the caller aborts", async () => {
    const client = makeClient();
    const controller = new AbortController();
    const pending = client.get(server.url("feeds.test", "/drip"), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("shutting down")), 30);
    await expect(pending).rejects.toThrow("shutting down");
    await client.close();
  });
});

describe("failure messages", () => {
  it("are one line, name the URL and never show credentials", async () => {
    const client = makeClient({ maxBytes: 1000, timeoutMs: 300 });
    const urls = [
      server.url("feeds.test", "/error"),
      server.url("feeds.test", "/big-chunked"),
      server.url("feeds.test", "/drip"),
      server.url("feeds.test", "/loop-a"),
      server.url("feeds.test", "/to-loopback"),
      `http://reader:hunter2@feeds.test:${server.port}/missing?api_key=s3cret&page=2`,
    ];
    const failures = (await Promise.all(urls.map((u) => client.get(u)))).map(expectFailure);
    await client.close();
    for (const failure of failures) {
      expect(failure.message).toMatch(/^GET http:\/\/feeds\.test:\d+\/\S*( \(redirected to \S+\))?: \S/);
      expect(failure.message).not.toMatch(/[\r\n]/);
    }
    const secretOne = failures[5]?.message ?? "";
    expect(secretOne).toContain("HTTP 404");
    expect(secretOne).not.toMatch(/hunter2|s3cret|reader/);
    expect(secretOne).toContain("page=2");
  });
});

describe("politeness", () => {
  it("never has more than perHostConcurrency requests in flight to one host", async () => {
    const client = makeClient({ perHostConcurrency: 2 });
    inFlight = new Map();
    maxInFlight = new Map();
    const urls = ["a.test", "b.test"].flatMap((host) => Array.from({ length: 8 }, (_, i) => server.url(host, `/n${i}/slow`)));
    const results = await Promise.all(urls.map((u) => client.get(u)));
    await client.close();
    expect(results.every((r) => r.ok)).toBe(true);
    expect(maxInFlight.get("a.test")).toBe(2);
    expect(maxInFlight.get("b.test")).toBe(2);
  });
});
