// The whole pipeline on real services: fixture feeds and pages on a loopback HTTP server, the real
// Postgres and Redis (BullMQ), a real SMTP server; the CLI runs as an operator would run it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type SmtpTestServer, startSmtpTestServer } from "@claimwatch/alerts/testing";
import { createTestDatabaseUrl } from "@claimwatch/db/testing";
import { makeTestPrefix, removePrefix, testRedisUrl } from "@claimwatch/queue/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureServer, startFixtureServer } from "./support/fixture-server.ts";
import { runCli } from "./support/run-cli.ts";
import { startDashboard } from "./support/start-dashboard.ts";

const siteRoot = fileURLToPath(new URL("./fixtures/site", import.meta.url));

type StatusRow = {
  claim: string;
  status: string;
  sources: number;
  latest: { value: number | null } | null;
  values: { value: number | null; sources: number }[];
};

describe("claimwatch run --once against a loopback news site", () => {
  let site: FixtureServer;
  let smtp: SmtpTestServer;
  let database: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  let env: Record<string, string>;
  let feedsFile: string;
  const prefix = makeTestPrefix();

  beforeAll(async () => {
    [site, smtp, database] = await Promise.all([startFixtureServer(siteRoot), startSmtpTestServer(), createTestDatabaseUrl()]);
    site.failWith("/feeds/broken.xml", 500);
    dataDir = mkdtempSync(join(tmpdir(), "cw-e2e-"));
    feedsFile = join(dataDir, "feeds.txt");
    writeFileSync(
      feedsFile,
      [
        "# fixture feeds of the end-to-end test",
        `${site.baseUrl}/feeds/wire.rss`,
        `${site.baseUrl}/feeds/policy.atom  # an Atom feed`,
        "# a feed whose server fails: reported, and it stops nothing",
        `${site.baseUrl}/feeds/broken.xml`,
        "",
      ].join("\n"),
    );
    env = {
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl,
      CLAIMWATCH_QUEUE_PREFIX: prefix,
      CLAIMWATCH_DATA_DIR: dataDir,
      SMTP_URL: smtp.url,
      ALERT_TO: "desk@example.org",
      ALERT_FROM: "claimwatch@example.org",
      DASHBOARD_URL: "http://dashboard.example.org",
      HTTP_HOST_GAP_MS: "0",
    };
  });

  afterAll(async () => {
    await Promise.all([site?.close(), smtp?.close(), database?.drop(), removePrefix(prefix)]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sends one alert e-mail per changed figure, and reports the failed feed", async () => {
    const run = await runCli(["run", "--once", "--feeds", feedsFile], env);
    expect(run.stderr).toContain("jobs on BullMQ");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Feeds\s+2 read, 1 failed/);
    expect(run.stdout).toContain(`${site.baseUrl}/feeds/broken.xml`);
    expect(run.stdout).toMatch(/HTTP 500/);

    const mails = smtp.received.map((r) => r.parsed);
    const byClaim = new Map(mails.map((m) => [String(m.headers.get("x-claimwatch-claim")), m]));
    expect([...byClaim.keys()].sort()).toEqual(["companies_employing", "nk_shift_hours", "nk_workers_in_russia"]);
    expect(smtp.received).toHaveLength(3);
    // The documented header names, spelled exactly so, for tools that grep raw messages.
    for (const r of smtp.received) expect(r.raw).toMatch(/^X-Claimwatch-Claim: [a-z_0-9]+\r?\nX-Claimwatch-Alert-Id: \d+\r?$/m);

    const workers = byClaim.get("nk_workers_in_russia")!;
    expect(workers.subject).toMatch(/North Korean workers sent to Russia: .*15,000 -> .*50,000/);
    expect(workers.headers.get("x-claimwatch-alert-id")).toMatch(/^\d+$/);
    expect(workers.messageId).toMatch(/alert-\d+/);
    expect(smtp.received.find((r) => r.parsed === workers)?.to).toEqual(["desk@example.org"]);
    // Two outlets report 50,000; whichever was read first raised the alert and is quoted.
    expect(workers.text).toMatch(/(about|roughly) 50,000 North Korean workers/);
    expect(workers.text).toMatch(/\/news\/workers-estimate-rises\.html|\/analysis\/workers-corroborated\.html/);
    expect(workers.text).toMatch(/Seoul now puts North Korean workforce|Lawmakers told of rapid growth/);
    expect(workers.text).toContain("http://dashboard.example.org/claims/nk_workers_in_russia");
    expect(workers.html).toContain("http://dashboard.example.org/claims/nk_workers_in_russia");

    expect(byClaim.get("nk_shift_hours")!.subject).toMatch(/12 hours -> 16 hours/);
    expect(byClaim.get("companies_employing")!.subject).toMatch(/at least 120 -> at least 150/);
  });

  it("sends nothing more when run again, and reads unchanged feeds with conditional GET", async () => {
    const before = site.requests.length;
    const run = await runCli(["run", "--once", "--feeds", feedsFile], env);
    expect(run.code, run.stderr).toBe(0);
    expect(smtp.received).toHaveLength(3);
    expect(run.stdout).toMatch(/Alerts\s+0 raised/);
    const feedAnswers = site.requests.slice(before).filter((r) => r.path.endsWith(".rss") || r.path.endsWith(".atom"));
    expect(feedAnswers.map((r) => r.status)).toEqual([304, 304]);
    expect(site.requests.every((r) => r.userAgent?.startsWith("claimwatch/"))).toBe(true);
  });

  it("reports every claim's status in the status JSON", async () => {
    const run = await runCli(["status", "--json"], env);
    expect(run.code, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as StatusRow[];
    const status = Object.fromEntries(rows.map((r) => [r.claim, r.status]));
    expect(rows).toHaveLength(18);
    expect(status).toMatchObject({
      nk_workers_in_russia: "changed",
      nk_shift_hours: "changed",
      companies_employing: "changed",
      nk_arrivals_growth: "confirmed",
      kyiv_strike_killed: "confirmed",
      ru_labor_shortage_current: "no_coverage",
      student_visas_2024: "no_coverage",
    });
    const workers = rows.find((r) => r.claim === "nk_workers_in_russia")!;
    // The AMP copy and the China story add nothing; two outlets report 50,000.
    expect(workers.values).toEqual([expect.objectContaining({ value: 50000, sources: 2 })]);
    expect(workers.latest?.value).toBe(50000);
  });

  it("shows the same status for every claim in the CLI, the dashboard API and the dashboard page", async () => {
    const cli = JSON.parse((await runCli(["status", "--json"], env)).stdout) as StatusRow[];
    const dashboard = await startDashboard(env);
    try {
      const api = (await (await fetch(`${dashboard.url}/api/claims`)).json()) as StatusRow[];
      const page = await (await fetch(`${dashboard.url}/`)).text();
      const onPage = Object.fromEntries([...page.matchAll(/data-claim="([a-z_0-9]+)" data-status="([a-z_]+)"/g)].map((m) => [m[1], m[2]]));
      const fromCli = Object.fromEntries(cli.map((r) => [r.claim, r.status]));
      expect(Object.fromEntries(api.map((r) => [r.claim, r.status]))).toEqual(fromCli);
      expect(onPage).toEqual(fromCli);
      expect(api.map((r) => [r.claim, r.sources, r.latest?.value ?? null])).toEqual(cli.map((r) => [r.claim, r.sources, r.latest?.value ?? null]));
    } finally {
      await dashboard.stop();
    }
  });
});
