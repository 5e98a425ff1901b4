import { createHash } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { FetchFailure } from "./errors.ts";
import { createGuardedLookup, resolveWithSystem } from "./guarded-lookup.ts";
import type { LookupFunction } from "./guarded-lookup.ts";
import { createHostGate } from "./host-gate.ts";
import { isPublicAddress } from "./is-public-address.ts";
import { discardBody, readBody } from "./read-body.ts";
import { describeError } from "./describe-error.ts";
import { redactUrl } from "./redact-url.ts";
import { parseCacheFloor, parseRetryAfter, readHeader } from "./response-headers.ts";
import { sendRequest } from "./send-request.ts";
import type { RequestAgents } from "./send-request.ts";
import type { AddressPolicy, GetOptions, HttpClient, HttpClientOptions, HttpFailure, HttpResult } from "./types.ts";

const defaultAccept =
  "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

type Settings = Required<Omit<HttpClientOptions, "lookup" | "isAddressAllowed" | "hostGate">> & { policy: AddressPolicy };
type Route = { agents: RequestAgents; lookup: LookupFunction; policy: AddressPolicy | null };
type Fetch = { url: URL; opts: GetOptions; form: string | undefined; route: Route; signal: AbortSignal; startClock: () => void };

function createAgents(perHost: number): RequestAgents {
  const options = { keepAlive: true, maxSockets: perHost, maxFreeSockets: perHost, scheduling: "lifo" as const };
  return { http: new http.Agent(options), https: new https.Agent(options) };
}

function checkUrl(raw: string, maxLength: number): URL {
  if (raw.length > maxLength) throw new FetchFailure("bad-url", `URL is longer than ${maxLength} characters`);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch (error) {
    throw new FetchFailure("bad-url", "not a valid URL", { cause: error });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchFailure("bad-url", `only http and https URLs are fetched, not ${url.protocol}`);
  }
  return url;
}

function checkLiteralHost(url: URL, policy: AddressPolicy | null): void {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (policy && isIP(host) !== 0 && !policy(host, host)) {
    throw new FetchFailure("blocked-address", `${host} is not a public address`);
  }
}

function buildHeaders(s: Settings, opts: GetOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": s.userAgent,
    accept: opts.accept ?? defaultAccept,
    "accept-encoding": "gzip, deflate, br",
  };
  if (opts.etag) headers["if-none-match"] = opts.etag;
  if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;
  return headers;
}

function nextLocation(location: string | undefined, current: URL, s: Settings): URL {
  if (!location) throw new FetchFailure("http", "redirect without a Location header");
  try {
    return checkUrl(new URL(location, current).href, s.maxUrlLength);
  } catch (error) {
    if (error instanceof FetchFailure) throw new FetchFailure("bad-url", `redirect to an unusable URL: ${error.message}`);
    throw new FetchFailure("bad-url", "redirect to an unparsable Location", { cause: error });
  }
}

function statusFailure(status: number, statusText: string | undefined, retryAfterMs: number | null): FetchFailure {
  const text = (statusText ?? "").replace(/[^\x20-\x7e]/g, "").slice(0, 60);
  return new FetchFailure("http", `HTTP ${status}${text ? ` ${text}` : ""}`, {
    status,
    ...(retryAfterMs === null ? {} : { retryAfterMs }),
  });
}

function toFailureResult(error: FetchFailure, method: string, url: string, hopUrl: string | undefined): HttpFailure {
  const via = hopUrl && hopUrl !== url ? ` (redirected to ${redactUrl(hopUrl)})` : "";
  const result: HttpFailure = { ok: false, kind: error.kind, message: `${method} ${redactUrl(url)}${via}: ${error.message}`, url };
  if (error.status !== undefined) result.status = error.status;
  if (error.retryAfterMs !== undefined) result.retryAfterMs = error.retryAfterMs;
  return result;
}

/**
 * An HTTP client for fetching feeds and pages from the open web, unattended: conditional GET,
 * decompression with a cap on the decompressed size, connect and total timeouts, manual redirects,
 * an SSRF guard applied to the address actually connected (every hop), and per-host politeness.
 * `get` and `postForm` never reject except when `opts.signal` aborts.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const s: Settings = {
    userAgent: options.userAgent,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? 15 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
    perHostConcurrency: options.perHostConcurrency ?? 2,
    minHostGapMs: options.minHostGapMs ?? 1000,
    maxUrlLength: options.maxUrlLength ?? 4096,
    policy: options.isAddressAllowed ?? ((address) => isPublicAddress(address)),
  };
  const resolver = options.lookup ?? resolveWithSystem;
  const gate = options.hostGate ?? createHostGate({ concurrency: s.perHostConcurrency, minGapMs: s.minHostGapMs });
  // Separate socket pools: a socket opened for an operator's private feed must never be reused
  // by a request that has to pass the address policy.
  const guarded: Route = { agents: createAgents(s.perHostConcurrency), lookup: createGuardedLookup(resolver, s.policy), policy: s.policy };
  const open: Route = { agents: createAgents(s.perHostConcurrency), lookup: createGuardedLookup(resolver, null), policy: null };

  /** One request: a redirect target to follow, or the final result. */
  async function fetchHop(f: Fetch, current: URL, permanentRedirect: string | null): Promise<{ redirect: URL; status: number } | HttpResult> {
    checkLiteralHost(current, f.route.policy);
    const host = current.hostname;
    const res = await sendRequest({
      url: current,
      headers: buildHeaders(s, f.opts),
      ...(f.form === undefined ? {} : { form: f.form }),
      agents: f.route.agents,
      lookup: f.route.lookup,
      connectTimeoutMs: s.connectTimeoutMs,
      signal: f.signal,
      checkRemote: (address) =>
        f.route.policy && !f.route.policy(address, host) ? new FetchFailure("blocked-address", `${host} connected to non-public ${address}`) : null,
    });
    const status = res.statusCode ?? 0;
    if (redirectStatuses.has(status)) {
      discardBody(res);
      return { redirect: nextLocation(readHeader(res.headers, "location") ?? undefined, current, s), status };
    }
    const nowMs = Date.now();
    const cacheFloorMs = parseCacheFloor(res.headers, nowMs);
    const etag = readHeader(res.headers, "etag");
    const lastModified = readHeader(res.headers, "last-modified");
    if (status === 304) {
      discardBody(res);
      return { ok: true, status: 304, url: current.href, permanentRedirect, etag, lastModified, cacheFloorMs };
    }
    if (status !== 200 && status !== 203) {
      discardBody(res);
      const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(res.headers["retry-after"], nowMs) : null;
      throw statusFailure(status, res.statusMessage, retryAfterMs);
    }
    const body = await readBody(res, f.opts.maxBytes ?? s.maxBytes);
    const bodySha256 = createHash("sha256").update(body).digest("hex");
    const contentType = readHeader(res.headers, "content-type");
    return { ok: true, status: 200, url: current.href, permanentRedirect, contentType, body, etag, lastModified, bodySha256, cacheFloorMs };
  }

  /** Follows redirects by hand, so every hop passes the address policy and the politeness gate. */
  async function followRedirects(f: Fetch): Promise<HttpResult> {
    let current = f.url;
    let allPermanent = true;
    const seen = new Set([current.href]);
    for (let hop = 0; ; hop += 1) {
      let release = (): void => undefined;
      try {
        release = await gate.acquire(current.hostname.toLowerCase(), f.signal);
        f.startClock();
        const outcome = await fetchHop(f, current, hop > 0 && allPermanent ? current.href : null);
        if (!("redirect" in outcome)) return outcome;
        if (hop >= s.maxRedirects) throw new FetchFailure("too-many-redirects", `stopped after ${s.maxRedirects} redirects`);
        if (seen.has(outcome.redirect.href)) throw new FetchFailure("too-many-redirects", `redirect loop back to ${redactUrl(outcome.redirect.href)}`);
        allPermanent &&= outcome.status === 301 || outcome.status === 308;
        seen.add(outcome.redirect.href);
        current = outcome.redirect;
        // A POST answered with 301, 302 or 303 goes on as a GET, as browsers do; 307 and 308 keep it.
        if (outcome.status !== 307 && outcome.status !== 308) f.form = undefined;
      } catch (error) {
        throw Object.assign(describeError(error, current.hostname), { atUrl: current.href });
      } finally {
        release();
      }
    }
  }

  async function request(rawUrl: string, form: string | undefined, opts: GetOptions): Promise<HttpResult> {
    const method = form === undefined ? "GET" : "POST";
    let url: URL;
    try {
      url = checkUrl(rawUrl, s.maxUrlLength);
    } catch (error) {
      return toFailureResult(describeError(error, ""), method, rawUrl, undefined);
    }
    const deadline = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const startClock = (): void => {
      timer ??= setTimeout(
        () => deadline.abort(new FetchFailure("timeout", `no complete response within ${s.timeoutMs} ms`)),
        s.timeoutMs,
      );
    };
    const signal = opts.signal ? AbortSignal.any([deadline.signal, opts.signal]) : deadline.signal;
    try {
      return await followRedirects({ url, opts, form, route: opts.allowPrivate ? open : guarded, signal, startClock });
    } catch (error) {
      if (opts.signal?.aborted) throw opts.signal.reason;
      // Whatever surfaced after the deadline fired (a reset socket, a zlib error), the cause is the timeout.
      const failure = deadline.signal.aborted ? (deadline.signal.reason as FetchFailure) : describeError(error, url.hostname);
      return toFailureResult(failure, method, url.href, (error as { atUrl?: string }).atUrl);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get: (url, opts = {}) => request(url, undefined, opts),
    postForm: (url, form, opts = {}) => request(url, form, { ...opts, etag: null, lastModified: null }),
    async close() {
      gate.close(new Error("HTTP client closed"));
      for (const route of [guarded, open]) {
        route.agents.http.destroy();
        route.agents.https.destroy();
      }
    },
  };
}
