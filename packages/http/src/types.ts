import type { HostGate } from "./host-gate.ts";

/** Why a fetch failed. Each kind maps to one retry/weighting decision in the feed scheduler. */
export type FetchFailureKind =
  | "dns"
  | "connect"
  | "tls"
  | "timeout"
  | "http"
  | "too-large"
  | "too-many-redirects"
  | "blocked-address"
  | "bad-url"
  | "decode";

export type ResolvedAddress = { address: string; family: 4 | 6 };

/** Resolves a host name to its addresses; tests use it to pretend a name is public. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Decides whether a connection to `address` (reached through `hostname`) may be made. */
export type AddressPolicy = (address: string, hostname: string) => boolean;

export type HttpClientOptions = {
  /** Descriptive User-Agent with a contact URL, e.g. "claimwatch/1.0 (+https://example.org/bot)". */
  userAgent: string;
  /** DNS + TCP + TLS handshake of one connection. Default 10 s. */
  connectTimeoutMs?: number;
  /** Whole fetch, redirects and body included; catches a slow-drip body. Default 30 s. */
  timeoutMs?: number;
  /** Cap on the DECOMPRESSED body. Default 15 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Requests in flight to one host name at a time. Default 2. */
  perHostConcurrency?: number;
  /** Minimum gap between the starts of two requests to one host name. Default 1000 ms; 0 turns it off. */
  minHostGapMs?: number;
  /** Longest URL accepted. Default 4096 characters. */
  maxUrlLength?: number;
  lookup?: HostResolver;
  /**
   * Politeness shared with other processes (e.g. a Redis-backed gate), instead of the in-process
   * one built from perHostConcurrency and minHostGapMs.
   */
  hostGate?: HostGate;
  /** Default: only public unicast addresses (see isPublicAddress). */
  isAddressAllowed?: AddressPolicy;
};

export type GetOptions = {
  etag?: string | null;
  lastModified?: string | null;
  /** Accept header; defaults to feed types first, then any XML, then anything. */
  accept?: string;
  maxBytes?: number;
  /** The operator put this feed on a private address: skip the address policy for it. */
  allowPrivate?: boolean;
  /** Aborting rejects the promise with the signal's reason (a shutdown is not a feed failure). */
  signal?: AbortSignal;
};

export type HttpFetched = {
  ok: true;
  status: 200;
  /** URL of the final response, after redirects. */
  url: string;
  /** The final URL when every hop of the chain was 301/308 (the feed moved for good), else null. */
  permanentRedirect: string | null;
  contentType: string | null;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 (hex) of the decompressed body: catches a changed body behind a stale ETag. */
  bodySha256: string;
  /** Do not poll again sooner than this (Cache-Control max-age, Expires), or null. */
  cacheFloorMs: number | null;
};

export type HttpNotModified = {
  ok: true;
  status: 304;
  url: string;
  permanentRedirect: string | null;
  /** Validators the server sent with the 304 (some rotate them), or null. */
  etag: string | null;
  lastModified: string | null;
  cacheFloorMs: number | null;
};

export type HttpFailure = {
  ok: false;
  kind: FetchFailureKind;
  status?: number;
  /** From Retry-After on a 429 or 503. */
  retryAfterMs?: number;
  /** One line that names the URL, and the redirect target that failed if any (credentials and secret-looking query values redacted). */
  message: string;
  /** The URL that was asked for. */
  url: string;
};

export type HttpResult = HttpFetched | HttpNotModified | HttpFailure;

export type HttpClient = {
  get(url: string, opts?: GetOptions): Promise<HttpResult>;
  /**
   * POSTs an application/x-www-form-urlencoded body, with the same limits, guard and politeness as
   * `get` (for the few endpoints that only answer a POST, such as the one behind Google News links).
   */
  postForm(url: string, form: string, opts?: Omit<GetOptions, "etag" | "lastModified">): Promise<HttpResult>;
  /** Closes idle keep-alive sockets; in-flight requests finish or fail. */
  close(): Promise<void>;
};
