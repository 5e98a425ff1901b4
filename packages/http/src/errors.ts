import { ClaimwatchError } from "@claimwatch/domain";
import type { FetchFailureKind } from "./types.ts";

/**
 * A fetch failed for a reason the client reports as `{ ok: false, kind }`. Thrown inside the
 * client (from socket hooks and stream handlers) and turned into a result at the top; callers of
 * `HttpClient.get` never see it.
 */
export class FetchFailure extends ClaimwatchError {
  readonly kind: FetchFailureKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(
    kind: FetchFailureKind,
    message: string,
    extra: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause, permanent: kind === "bad-url" || kind === "blocked-address" });
    this.kind = kind;
    this.status = extra.status;
    this.retryAfterMs = extra.retryAfterMs;
  }
}
