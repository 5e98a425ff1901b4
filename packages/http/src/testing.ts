import http from "node:http";
import type { AddressInfo } from "node:net";
import { isPublicAddress } from "./is-public-address.ts";
import type { AddressPolicy, HostResolver } from "./types.ts";

export type TestServer = { port: number; url(host: string, path: string): string; close(): Promise<void> };

/** A node:http server on 127.0.0.1, port 0, for tests that need a misbehaving web server. */
export async function startTestServer(handler: http.RequestListener): Promise<TestServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (host, path) => `http://${host}:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Pretends every `*.test` name is a public host living on 127.0.0.1. */
export const resolveTestNames: HostResolver = async (hostname) => {
  if (hostname.endsWith(".test")) return [{ address: "127.0.0.1", family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
};

/** The default policy, except that 127.0.0.1 reached through a `*.test` name counts as public. */
export const allowTestNames: AddressPolicy = (address, hostname) =>
  (hostname.endsWith(".test") && address === "127.0.0.1") || isPublicAddress(address);
