import type { IncomingHttpHeaders } from "node:http";

/** Longest floor we accept from a server: a year-long max-age must not park a feed for a year. */
const maxFloorMs = 7 * 24 * 3600 * 1000;

function clampFloor(ms: number): number | null {
  if (!Number.isFinite(ms) || ms <= 0) return null;
  return Math.min(Math.round(ms), maxFloorMs);
}

function firstHeader(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === "" ? null : text.trim();
}

/** Retry-After as delta-seconds or an HTTP-date, in ms from `nowMs`; null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | null {
  const text = firstHeader(value);
  if (text === null) return null;
  if (/^\d+$/.test(text)) return clampFloor(Number(text) * 1000) ?? 0;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return clampFloor(date - nowMs) ?? 0;
}

/**
 * How long the response may be reused (Cache-Control max-age, else Expires against the server's
 * Date), in ms, capped at a week. Null when the server says nothing or forbids reuse.
 */
export function parseCacheFloor(headers: IncomingHttpHeaders, nowMs: number): number | null {
  const cacheControl = firstHeader(headers["cache-control"])?.toLowerCase() ?? "";
  if (/(^|[,\s])(no-store|no-cache)\b/.test(cacheControl)) return null;
  const maxAge = /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/.exec(cacheControl);
  if (maxAge?.[1]) return clampFloor(Number(maxAge[1]) * 1000);
  const expires = firstHeader(headers.expires);
  if (expires === null) return null;
  const expiresMs = Date.parse(expires);
  if (Number.isNaN(expiresMs)) return null;
  const serverDate = Date.parse(firstHeader(headers.date) ?? "");
  return clampFloor(expiresMs - (Number.isNaN(serverDate) ? nowMs : serverDate));
}

export function readHeader(headers: IncomingHttpHeaders, name: string): string | null {
  return firstHeader(headers[name]);
}
