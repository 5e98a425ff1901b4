// The README's first command on fixture feeds: no DATABASE_URL (embedded PGlite), no Redis (the
// same jobs in-process), no SMTP (alerts as .eml files), exactly as on a fresh machine.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureServer, startFixtureServer } from "./support/fixture-server.ts";
import { runCli } from "./support/run-cli.ts";

const siteRoot = fileURLToPath(new URL("./fixtures/site", import.meta.url));

describe("claimwatch run --once on the embedded defaults", () => {
  let site: FixtureServer;
  let dataDir: string;
  let env: Record<string, string>;
  let feedsFile: string;
  const outbox = () => join(dataDir, "outbox");
  const emlFiles = () => readdirSync(outbox()).filter((f) => f.endsWith(".eml")).sort();

  beforeAll(async () => {
    site = await startFixtureServer(siteRoot);
    dataDir = mkdtempSync(join(tmpdir(), "cw-embedded-"));
    feedsFile = join(dataDir, "feeds.txt");
    writeFileSync(feedsFile, `${site.baseUrl}/feeds/wire.rss\n${site.baseUrl}/feeds/policy.atom\n`);
    // Port 1 never answers: the run must fall back to in-process jobs and say so.
    env = { CLAIMWATCH_DATA_DIR: dataDir, REDIS_URL: "redis://127.0.0.1:1", HTTP_HOST_GAP_MS: "0" };
  });
  afterAll(async () => {
    await site?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("runs the jobs in-process and writes one .eml file per alert", async () => {
    const run = await runCli(["run", "--once", "--feeds", feedsFile], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("running the jobs in this process instead");
    expect(run.stderr).toContain(join(dataDir, "pgdata"));
    expect(run.stdout).toMatch(/Alerts\s+3 raised/);
    const files = emlFiles();
    expect(files).toHaveLength(3);
    const claims = files.map((f) => /^X-Claimwatch-Claim: (\S+)/m.exec(readFileSync(join(outbox(), f), "utf8"))?.[1]).sort();
    expect(claims).toEqual(["companies_employing", "nk_shift_hours", "nk_workers_in_russia"]);
    for (const f of files) expect(readFileSync(join(outbox(), f), "utf8")).toMatch(/^X-Claimwatch-Alert-Id: \d+/m);
  });

  it("writes nothing more on a second run, and the status reads the embedded database", async () => {
    const run = await runCli(["run", "--once", "--feeds", feedsFile, "--json"], env);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { jobs: string; counts: Record<string, number> };
    expect(summary.jobs).toBe("inline");
    expect(summary.counts.alertsRaised ?? 0).toBe(0);
    expect(emlFiles()).toHaveLength(3);

    const status = await runCli(["status", "--json"], env);
    expect(status.code, status.stderr).toBe(0);
    const rows = JSON.parse(status.stdout) as { claim: string; status: string }[];
    expect(rows.find((r) => r.claim === "nk_workers_in_russia")?.status).toBe("changed");
    expect(rows.find((r) => r.claim === "nk_arrivals_growth")?.status).toBe("confirmed");
  });
});
