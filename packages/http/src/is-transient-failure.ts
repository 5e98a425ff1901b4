import type { HttpFailure } from "./types.ts";

/**
 * Whether trying again later can help: a timeout, a refused or reset connection, a DNS or TLS
 * hiccup, a 5xx, 408 or 429. Not a 404, a blocked address, a bad URL or a body past the cap.
 */
export function isTransientFailure(failure: Pick<HttpFailure, "kind" | "status">): boolean {
  if (failure.kind === "http") return failure.status === undefined || failure.status >= 500 || failure.status === 429 || failure.status === 408;
  return failure.kind === "timeout" || failure.kind === "connect" || failure.kind === "dns" || failure.kind === "tls";
}
