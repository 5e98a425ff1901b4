import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import { FetchFailure } from "./errors.ts";
import type { LookupFunction } from "./guarded-lookup.ts";

export type RequestAgents = { http: http.Agent; https: https.Agent };

export type SendRequestOptions = {
  url: URL;
  headers: Record<string, string>;
  /** A form to POST; without one the request is a GET. */
  form?: string;
  agents: RequestAgents;
  lookup: LookupFunction;
  connectTimeoutMs: number;
  /** Aborting destroys the request with the signal's reason. */
  signal: AbortSignal;
  /** Second check on the socket actually connected (covers IP literals, which skip lookup). */
  checkRemote: (address: string) => FetchFailure | null;
};

function watchConnect(socket: Socket, isTls: boolean, o: SendRequestOptions, destroy: (e: Error) => void): void {
  if (!socket.connecting) return; // a reused keep-alive socket was checked when it connected
  const timer = setTimeout(() => {
    destroy(new FetchFailure("timeout", `connecting to ${o.url.hostname} took longer than ${o.connectTimeoutMs} ms`));
  }, o.connectTimeoutMs);
  socket.once("connect", () => {
    const refused = o.checkRemote(socket.remoteAddress ?? "");
    if (refused) destroy(refused);
    if (!isTls) clearTimeout(timer);
  });
  if (isTls) socket.once("secureConnect", () => clearTimeout(timer));
  socket.once("close", () => clearTimeout(timer));
}

function sendOnce(o: SendRequestOptions): Promise<{ res: http.IncomingMessage; reusedSocket: boolean }> {
  const isTls = o.url.protocol === "https:";
  const request = isTls ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(o.url, {
      method: o.form === undefined ? "GET" : "POST",
      headers: o.form === undefined ? o.headers : { ...o.headers, "content-type": "application/x-www-form-urlencoded;charset=UTF-8", "content-length": String(Buffer.byteLength(o.form)) },
      agent: isTls ? o.agents.https : o.agents.http,
      lookup: o.lookup,
    });
    const destroy = (error: Error): void => {
      req.destroy(error);
    };
    const onAbort = (): void => destroy(o.signal.reason as Error);
    if (o.signal.aborted) return onAbort();
    o.signal.addEventListener("abort", onAbort, { once: true });
    req.on("socket", (socket) => watchConnect(socket, isTls, o, destroy));
    req.on("response", (res) => {
      // From here the body reader owns the abort: it must destroy the response, not just the request.
      o.signal.removeEventListener("abort", onAbort);
      const onBodyAbort = (): void => {
        res.destroy(o.signal.reason as Error);
      };
      o.signal.addEventListener("abort", onBodyAbort, { once: true });
      res.once("close", () => o.signal.removeEventListener("abort", onBodyAbort));
      resolve({ res, reusedSocket: req.reusedSocket });
    });
    req.on("error", (error) => {
      o.signal.removeEventListener("abort", onAbort);
      reject(Object.assign(error, { reusedSocket: req.reusedSocket }));
    });
    req.end(o.form);
  });
}

/**
 * One GET (or POST of a form), no redirects followed. A keep-alive socket the server closed while idle fails at once
 * with ECONNRESET; that case is retried once on a fresh socket, as the Node docs advise.
 */
export async function sendRequest(o: SendRequestOptions): Promise<http.IncomingMessage> {
  try {
    return (await sendOnce(o)).res;
  } catch (error) {
    const stale = (error as { reusedSocket?: boolean; code?: string }).reusedSocket && (error as { code?: string }).code === "ECONNRESET";
    if (!stale || o.signal.aborted) throw error;
    return (await sendOnce(o)).res;
  }
}
