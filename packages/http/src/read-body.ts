import type { IncomingMessage } from "node:http";
import zlib from "node:zlib";
import type { Transform } from "node:stream";
import { FetchFailure } from "./errors.ts";

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}

function tooLarge(maxBytes: number): FetchFailure {
  return new FetchFailure("too-large", `body exceeds the ${formatBytes(maxBytes)} limit`);
}

/**
 * The decompressor for `encoding`, chosen after seeing the first bytes: servers that say gzip but
 * send plain bytes, or send raw deflate for "deflate", are common enough to handle.
 * Flushing with SYNC_FLUSH keeps what a truncated stream decoded instead of failing it.
 */
function createDecoder(encoding: string, head: Buffer): Transform | null {
  const sync = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (encoding) {
    case "":
    case "identity":
    case "none":
      return null;
    case "gzip":
    case "x-gzip":
      return head[0] === 0x1f && head[1] === 0x8b ? zlib.createGunzip(sync) : null;
    case "deflate": {
      const b0 = head[0] ?? 0;
      const hasZlibHeader = (b0 & 0x0f) === 8 && ((b0 << 8) + (head[1] ?? 0)) % 31 === 0;
      return hasZlibHeader ? zlib.createInflate(sync) : zlib.createInflateRaw(sync);
    }
    case "br":
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      throw new FetchFailure("decode", `unsupported Content-Encoding "${encoding.slice(0, 40)}"`);
  }
}

/**
 * Reads the response body, decompressing as it streams. The cap applies to the decompressed
 * bytes, so a gzip bomb stops at `maxBytes`; nothing past the cap is ever buffered.
 * Rejects with a FetchFailure (or with the reason the request was destroyed with).
 */
export function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
  const declaredLength = Number(res.headers["content-length"]);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let received = 0;
    let decoder: Transform | null = null;
    let started = false;
    let settled = false;

    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      decoder?.destroy();
      res.destroy();
      reject(error);
    };
    const finish = (): void => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, total));
    };
    const collect = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > maxBytes) fail(tooLarge(maxBytes));
      else chunks.push(chunk);
    };

    if ((encoding === "" || encoding === "identity") && declaredLength > maxBytes) {
      fail(tooLarge(maxBytes));
      return;
    }
    res.on("data", (raw: Buffer) => {
      if (settled) return;
      received += raw.length;
      if (received > maxBytes) return fail(tooLarge(maxBytes));
      if (!started) {
        started = true;
        try {
          decoder = createDecoder(encoding, raw);
        } catch (error) {
          return fail(error);
        }
        decoder?.on("data", collect);
        decoder?.on("end", finish);
        decoder?.on("error", (error: Error) =>
          fail(new FetchFailure("decode", `could not decompress the ${encoding} body: ${error.message}`, { cause: error })),
        );
      }
      if (!decoder) return collect(raw);
      // Respect the decompressor's backpressure so compressed input never piles up unbounded.
      if (!decoder.write(raw)) {
        res.pause();
        decoder.once("drain", () => res.resume());
      }
    });
    res.on("end", () => {
      if (decoder) decoder.end();
      else finish();
    });
    res.on("error", fail);
    res.on("close", () => {
      if (!res.complete) fail(new FetchFailure("connect", "connection closed before the body was complete"));
    });
  });
}

/** Throws away a body we do not need (redirects, errors) without holding the socket forever. */
export function discardBody(res: IncomingMessage): void {
  const length = Number(res.headers["content-length"]);
  if (Number.isFinite(length) && length <= 64 * 1024) res.resume();
  else res.destroy();
}
