// Starts the dashboard service as its own process (its standalone entry point) on a free port,
// and returns its base URL once it listens.
import { type ChildProcess, spawn } from "node:child_process";
import { repoRoot } from "./run-cli.ts";

export type DashboardProcess = { url: string; stop(): Promise<void> };

export function startDashboard(env: Record<string, string>): Promise<DashboardProcess> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "services/dashboard/src/main.ts"], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, DASHBOARD_PORT: "0", LOG_LEVEL: "info" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let log = "";
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`dashboard did not start:\n${log}`))), 60_000);
    child.stderr?.on("data", (d: Buffer) => {
      log += d.toString();
      const url = /"url":"(http:\/\/[^"]+)".*"dashboard listening"/.exec(log)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, stop: () => new Promise((r) => (child.once("close", () => r()), child.kill("SIGTERM"))) });
    });
    child.once("close", (code) => reject(new Error(`dashboard exited with ${code}:\n${log}`)));
  });
}
