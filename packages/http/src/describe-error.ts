import { FetchFailure } from "./errors.ts";

const dnsCodes = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NODATA", "EAI_NONAME", "ENODATA", "ESERVFAIL", "ENONAME"]);
const connectCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EHOSTDOWN",
  "ENETDOWN",
  "EPIPE",
  "ETIMEDOUT",
  "EADDRNOTAVAIL",
  "ERR_SOCKET_CLOSED",
  "UND_ERR_SOCKET",
]);

function isTlsCode(code: string): boolean {
  return /^(ERR_TLS_|ERR_SSL_|ERR_OSSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|EPROTO)/.test(code);
}

function errorCode(error: unknown): string {
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 200);
}

/** Turns whatever node:http, net, tls or zlib threw into a FetchFailure with a plain reason. */
export function describeError(error: unknown, hostname: string): FetchFailure {
  if (error instanceof FetchFailure) return error;
  if (error instanceof AggregateError && error.errors[0] instanceof FetchFailure) return error.errors[0];
  const code = errorCode(error);
  const detail = oneLine(error instanceof Error ? error.message : String(error));
  if (dnsCodes.has(code)) return new FetchFailure("dns", `could not resolve ${hostname} (${code})`, { cause: error });
  if (isTlsCode(code)) return new FetchFailure("tls", `TLS failed with ${hostname}: ${detail}`, { cause: error });
  if (code.startsWith("HPE_")) return new FetchFailure("http", `malformed HTTP response (${code})`, { cause: error });
  if (code.startsWith("Z_") || code === "ERR_BROTLI_DECOMPRESSION_FAILED" || code.startsWith("ERR__ERROR_FORMAT")) {
    return new FetchFailure("decode", `could not decompress the body (${code})`, { cause: error });
  }
  if (connectCodes.has(code)) {
    const what = code === "ECONNRESET" ? "connection reset" : code === "ECONNREFUSED" ? "connection refused" : code;
    return new FetchFailure("connect", `${what} by ${hostname}`, { cause: error });
  }
  return new FetchFailure("connect", `request to ${hostname} failed: ${code ? `${code} ` : ""}${detail}`, { cause: error });
}
