import { type GetOptions, type HttpClient, isTransientFailure } from "@claimwatch/http";
import { decodeHTMLAttribute } from "entities";
import { GOOGLE_NEWS_ORIGIN, type GoogleNewsLink } from "./read-google-news-link.ts";

export type ResolvedLink =
  | { ok: true; url: string }
  /** `isTransient`: a timeout, 5xx or 429 on the way; trying again later may work. */
  | { ok: false; isTransient: boolean; message: string };

export type ResolveOptions = Pick<GetOptions, "signal" | "allowPrivate"> & {
  /** Where Google News answers; tests point it at a loopback server. */
  origin?: string;
};

/**
 * The article URL behind a Google News link. Offline when the link holds it; otherwise the way
 * Google's own page does it: read the signature and timestamp the article page carries, then ask
 * the batchexecute endpoint to exchange them with the id for the URL. Two requests to Google per
 * new item, both through the caller's client (politeness, timeouts, size caps).
 */
export async function resolveGoogleNewsLink(http: HttpClient, link: GoogleNewsLink, opts: ResolveOptions = {}): Promise<ResolvedLink> {
  if (link.articleUrl) return { ok: true, url: link.articleUrl };
  const origin = opts.origin ?? GOOGLE_NEWS_ORIGIN;
  const shared = { ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.allowPrivate ? { allowPrivate: true } : {}) };

  const page = await http.get(`${origin}/rss/articles/${link.id}`, { accept: "text/html", maxBytes: 4 * 1024 * 1024, ...shared });
  if (!page.ok) return { ok: false, isTransient: isTransientFailure(page), message: `Google News link: ${page.message}` };
  if (page.status !== 200) return { ok: false, isTransient: true, message: "Google News link: the article page answered 304 to an unconditional request" };
  const params = readDecodingParams(page.body.toString("utf8"));
  if (!params) return { ok: false, isTransient: false, message: "Google News link: the article page carries no decoding signature (data-n-a-sg, data-n-a-ts); Google may have changed it" };

  const answer = await http.postForm(`${origin}/_/DotsSplashUi/data/batchexecute`, batchExecuteForm(link.id, params), { accept: "*/*", maxBytes: 1024 * 1024, ...shared });
  if (!answer.ok) return { ok: false, isTransient: isTransientFailure(answer), message: `Google News link: ${answer.message}` };
  const url = answer.status === 200 ? readBatchExecuteUrl(answer.body.toString("utf8")) : null;
  if (!url) return { ok: false, isTransient: false, message: "Google News link: the decoding service answered without an article URL" };
  return { ok: true, url };
}

export type DecodingParams = { signature: string; timestamp: string };

/** The signature and timestamp Google's article page carries for its decoding call. */
export function readDecodingParams(html: string): DecodingParams | null {
  const signature = /\bdata-n-a-sg="([^"]+)"/.exec(html)?.[1];
  const timestamp = /\bdata-n-a-ts="(\d+)"/.exec(html)?.[1];
  return signature && timestamp ? { signature: decodeHTMLAttribute(signature), timestamp } : null;
}

/** The urlencoded `f.req` form of the "garturlreq" call, as Google's page sends it. */
export function batchExecuteForm(id: string, { signature, timestamp }: DecodingParams): string {
  const request = [
    "garturlreq",
    [["X", "X", ["X", "X"], null, null, 1, 1, "US:en", null, 1, null, null, null, null, null, 0, 1], "X", "X", 1, [1, 1, 1], 1, 1, null, 0, 0, null, 0],
    id,
    Number(timestamp),
    signature,
  ];
  return `f.req=${encodeURIComponent(JSON.stringify([[["Fbv4je", JSON.stringify(request), null, "generic"]]]))}`;
}

/**
 * The article URL in a batchexecute answer: an anti-JSON prefix line, then JSON lines; the
 * "Fbv4je" entry holds a JSON string `["garturlres", "<url>", ...]`.
 */
export function readBatchExecuteUrl(text: string): string | null {
  const afterPrefix = text.slice(text.indexOf("\n\n") + 2);
  for (const chunk of [afterPrefix, ...text.split("\n")]) {
    if (!chunk.trimStart().startsWith("[")) continue;
    let entries: unknown;
    try {
      entries = JSON.parse(chunk);
    } catch {
      continue; // a length line or a partial chunk
    }
    for (const entry of Array.isArray(entries) ? entries : []) {
      if (!Array.isArray(entry) || entry[1] !== "Fbv4je" || typeof entry[2] !== "string") continue;
      try {
        const inner: unknown = JSON.parse(entry[2]);
        const url = Array.isArray(inner) && inner[0] === "garturlres" ? inner[1] : null;
        if (typeof url === "string" && /^https?:\/\//.test(url)) return new URL(url).href;
      } catch {
        return null; // the entry is not the JSON it should be
      }
    }
  }
  return null;
}
