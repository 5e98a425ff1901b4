// The dashboard in a real browser (Debian's headless Chromium through playwright-core): what a
// reader sees, that hostile article text stays text, and that the token keeps strangers out.
// Needs /usr/bin/chromium (apt-get install -y chromium); skipped without it locally, failed
// without it under CI=true. Screenshots go to test/.artifacts/.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createTestDb } from "@claimwatch/db/testing";
import { type BullBus, createBullBus, feedPoll } from "@claimwatch/queue";
import { makeTestPrefix, removePrefix, testRedisUrl } from "@claimwatch/queue/testing";
import { createLogger } from "@claimwatch/runtime";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileOutlet, hostileQuote, hostileTitle, mentionSentence, type SeededDashboard, seedDashboard } from "./__fixtures__/seed-dashboard.ts";
import { bullQueuesOf, failedJobsOf, queueCountsOf, serveDashboard } from "./serve-dashboard.ts";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const mustRun = process.env.CI === "true";
const artifactsDir = fileURLToPath(new URL("../../../test/.artifacts/", import.meta.url));
const token = "browser-test-token-0123456789abcdef";

describe.skipIf(!existsSync(chromiumPath) && !mustRun)("dashboard in headless Chromium", () => {
  let h: Awaited<ReturnType<typeof createTestDb>>;
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let seeded: SeededDashboard;
  let bus: BullBus;
  const prefix = makeTestPrefix();
  const log = createLogger({ service: "dashboard-test", level: "silent" });
  /** Requests that left the dashboard's origin, and dialogs opened: both must stay empty. */
  const escapes: string[] = [];

  /** A browser context that can reach only the dashboard, and records any attempt to leave it. */
  async function newContext(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      escapes.push(url);
      return route.abort();
    });
    context.on("page", (page) => {
      page.on("dialog", (dialog) => {
        escapes.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
    });
    return context;
  }

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${server.url}/`);
    await page.getByLabel("Dashboard token").fill(token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.url}/`);
  }

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}: apt-get update && apt-get install -y chromium`);
    await mkdir(artifactsDir, { recursive: true });
    h = await createTestDb("postgres");
    seeded = await seedDashboard(h.db);
    bus = createBullBus({ redisUrl: testRedisUrl, prefix, log });
    // A poll scheduled for later: the health page and the queue board must both show it.
    await bus.enqueue(feedPoll, { feedId: 1 }, { delayMs: 3_600_000 });
    server = await serveDashboard({
      db: h.db,
      log,
      token,
      queueCounts: queueCountsOf(bus),
      failedJobs: failedJobsOf(bus),
      bullQueues: bullQueuesOf(bus),
      host: "127.0.0.1",
      port: 0,
    });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await bus?.close();
    await removePrefix(prefix);
    await h?.dispose();
  });

  it("keeps an anonymous browser out and lets the right token in through the login form", async () => {
    const context = await newContext();
    const page = await context.newPage();
    for (const path of ["/", "/claims/nk_workers_in_russia", "/coverage", "/health", "/admin/queues"]) {
      await page.goto(server.url + path);
      expect(new URL(page.url()).pathname, path).toBe("/login");
      expect(await page.locator("body").innerText()).not.toContain("nk_workers_in_russia");
    }
    const api = await page.goto(`${server.url}/api/claims`);
    expect(api?.status()).toBe(401);

    await page.goto(`${server.url}/login`);
    await page.getByLabel("Dashboard token").fill("not-the-token-0123456789");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").innerText()).resolves.toContain("not right");
    await page.screenshot({ path: `${artifactsDir}dashboard-login.png` });

    await signIn(page);
    await expect(page.locator("h1").innerText()).resolves.toBe("Tracked claims");
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    expect(cookie?.value).not.toContain(token);
    await context.close();
  });

  it("shows every claim with its seeded status, and filters and sorts the table", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    const rows = page.locator("#claims tbody tr");
    expect(await rows.count()).toBe(18);
    for (const [claim, status] of Object.entries(seeded.statuses)) {
      const row = page.locator(`#claims tr[data-claim="${claim}"]`);
      await expect(row.locator(".status").innerText()).resolves.toBe(status);
    }
    await expect(page.locator('#claims tr[data-claim="ru_labor_shortage_2030"] .status').innerText()).resolves.toBe("no coverage");
    await page.screenshot({ path: `${artifactsDir}dashboard-claims.png`, fullPage: true });

    await page.locator('a[data-filter="conflicting"]').click();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim")))).toEqual(["companies_employing"]);
    await page.locator('a[data-filter="all"]').click();
    await page.getByRole("link", { name: "Sources" }).click();
    await page.getByRole("link", { name: "Sources" }).click();
    const sources = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll("td")[5]?.textContent)));
    expect(sources.slice(0, 2)).toEqual([3, 2]);
    expect(sources).toEqual([...sources].sort((a, b) => b - a));
    await context.close();
  });

  it("opens a claim from the table: a chart with one point per observation, each linked to its quote", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    await page.locator('#claims tr[data-claim="nk_workers_in_russia"] a').first().click();
    await page.waitForURL(`${server.url}/claims/nk_workers_in_russia`);
    const points = page.locator("svg.timeline a.point");
    expect(await points.count()).toBe(seeded.observationCounts.nk_workers_in_russia);
    expect(await page.locator("svg.timeline line.baseline").count()).toBe(1);
    expect(await page.locator("#observations tbody tr").count()).toBe(seeded.observationCounts.nk_workers_in_russia);
    await expect(page.locator("#alerts tbody tr .status").innerText()).resolves.toBe("sent");
    await page.screenshot({ path: `${artifactsDir}dashboard-claim.png`, fullPage: true });

    const hostilePoint = page.locator(`svg.timeline a.point`).nth(1);
    const target = await hostilePoint.getAttribute("href");
    await hostilePoint.locator("circle").click();
    expect(page.url()).toBe(`${server.url}/claims/nk_workers_in_russia${target}`);
    await expect(page.locator(`${target} blockquote`).innerText()).resolves.toBe(hostileQuote);

    const companies = await page.goto(`${server.url}/claims/companies_employing`);
    expect(companies?.status()).toBe(200);
    await expect(page.locator("#alerts tbody tr .status").allInnerTexts()).resolves.toEqual(["pending", "failed"]);
    await context.close();
  });

  it("shows hostile titles, outlets and quotes as text and runs none of them", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    const csp: string[] = [];
    page.on("response", (res) => {
      const header = res.headers()["content-security-policy"];
      if (header && res.request().resourceType() === "document") csp.push(header);
    });
    for (const path of ["/", "/claims/nk_workers_in_russia", "/coverage", "/health", "/claims/student_visas_2024"]) {
      await page.goto(server.url + path);
      expect(await page.evaluate("typeof window.__pwned"), path).toBe("undefined");
      expect(await page.locator("script").count(), path).toBe(0);
      expect(await page.locator("img, [onerror], [onmouseover], [onload]").count(), path).toBe(0);
    }
    await page.goto(`${server.url}/claims/nk_workers_in_russia`);
    const text = await page.locator("main").innerText();
    expect(text).toContain(hostileQuote);
    expect(text).toContain(hostileTitle);
    expect(text).toContain(hostileOutlet);
    // A javascript: URL from a feed is shown, never linked.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    const titles = await page.locator("svg.timeline title").allTextContents();
    expect(titles.some((t) => t.includes(hostileTitle))).toBe(true);
    expect(escapes).toEqual([]);
    expect(csp.length).toBeGreaterThan(0);
    expect(csp.every((p) => p.includes("default-src 'none'"))).toBe(true);
    await context.close();
  });

  it("shows coverage per week and marks the sentences that mention the story", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${server.url}/coverage`);
    const bars = page.locator("svg.weekly rect.bar");
    expect(await bars.evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("data-articles"))))).toEqual([1, 1, 1]);
    const marks = await page.locator("article.hit mark").allInnerTexts();
    expect(marks).toContain(mentionSentence);
    expect(marks).toContain(hostileQuote);
    await page.screenshot({ path: `${artifactsDir}dashboard-coverage.png`, fullPage: true });

    await page.goto(`${server.url}/health`);
    await expect(page.locator('#feeds tr[data-state="failing"]').innerText()).resolves.toContain(seeded.failingFeedError);
    await expect(page.locator('#queues tr[data-queue="feed-poll"] td[data-count="delayed"]').innerText()).resolves.toBe("1");
    await page.screenshot({ path: `${artifactsDir}dashboard-health.png`, fullPage: true });
    expect(escapes).toEqual([]);
    await context.close();
  });

  it("opens the read-only queue board, served entirely by the dashboard", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on("requestfailed", (req) => failures.push(`${req.url()}: ${req.failure()?.errorText ?? ""}`));
    page.on("pageerror", (error) => failures.push(error.message));
    await signIn(page);
    await page.getByRole("link", { name: "Queues" }).click();
    await page.getByText("feed-poll").first().waitFor({ timeout: 20_000 });
    await expect(page.locator("body").innerText()).resolves.toContain("article-fetch");
    await page.screenshot({ path: `${artifactsDir}dashboard-queues.png`, fullPage: true });
    expect(failures).toEqual([]);
    expect(escapes).toEqual([]);
    await context.close();
  });
});
