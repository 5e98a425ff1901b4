import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Logger } from "@claimwatch/runtime";
import { createDashboardApp, type DashboardDeps } from "./app.ts";

export { bullQueuesOf, failedJobsOf, queueCountsOf } from "./queue-health.ts";

/** Listens on host:port and returns the bound URL and a close function. */
export async function serveDashboard(
  deps: DashboardDeps & { host: string; port: number; log: Logger },
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createDashboardApp(deps);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: deps.host, port: deps.port }, (info: AddressInfo) => {
      const url = `http://${info.family === "IPv6" ? `[${info.address}]` : info.address}:${info.port}`;
      deps.log.info({ url, auth: deps.token ? "token" : "none" }, "dashboard listening");
      if (!deps.token && !isLoopback(deps.host)) {
        deps.log.warn({ host: deps.host }, "dashboard listens beyond loopback without DASHBOARD_TOKEN; anyone who can reach it can read it");
      }
      resolve({ url, close: () => new Promise((r) => server.close(() => r())) });
    });
    server.once("error", reject);
  });
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}
