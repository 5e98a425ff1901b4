// Alert delivery on real services: Postgres, a real SMTP server on loopback, BullMQ on Redis for
// the multi-process case. What a desk that relies on the e-mails would check: each alert arrives
// once, through server hiccups, crashes and competing workers.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type SmtpTestServer, startSmtpTestServer } from "@claimwatch/alerts/testing";
import { loadCatalog } from "@claimwatch/claims";
import { listAlertsForClaim, listClaimStatus, listDueAlertIds, upsertClaims } from "@claimwatch/db";
import { createTestDatabaseUrl, createTestDb, seedAlert } from "@claimwatch/db/testing";
import { alertSend, createBullBus, createInlineBus, type HandlerEntry, outboxSweep, runToCompletion } from "@claimwatch/queue";
import { makeTestPrefix, removePrefix, testRedisUrl } from "@claimwatch/queue/testing";
import { createLogger } from "@claimwatch/runtime";
import { createMailer } from "@claimwatch/alerts";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { createAlertSendHandler } from "./jobs/alert-send.job.ts";
import { createOutboxSweepHandler } from "./jobs/outbox-sweep.job.ts";

const log = createLogger({ service: "test", level: "silent" });
const catalog = loadCatalog();
const here = fileURLToPath(new URL(".", import.meta.url));

describe("alert delivery", () => {
  let h: Awaited<ReturnType<typeof createTestDb>>;
  let smtp: SmtpTestServer;

  beforeAll(async () => {
    [h, smtp] = await Promise.all([createTestDb("postgres"), startSmtpTestServer()]);
    await upsertClaims(h.db, catalog.claims);
  });
  afterAll(async () => Promise.all([h?.dispose(), smtp?.close()]));
  afterEach(() => {
    smtp.received.length = 0;
    smtp.setReplies({ mailFromReply: null, rcptToReply: null });
  });

  function handlers(leaseMs = 60_000): HandlerEntry[] {
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: "unused", from: "claimwatch@example.org" });
    return [
      createAlertSendHandler({ db: h.db, mailer, alertTo: ["desk@example.org"], dashboardUrl: "http://dash.example.org", leaseMs, mode: "immediate" }),
      createOutboxSweepHandler({ db: h.db }),
    ];
  }

  /** Runs the send jobs of these alerts in this process, retrying as the queue would. */
  async function deliver(alertIds: number[], opts: { onFailure?: () => void } = {}) {
    const bus = createInlineBus(handlers(), { log, backoffScale: 0.0001 });
    bus.onSettled((s) => {
      if (!s.ok) opts.onFailure?.();
    });
    const seeds = await Promise.all(alertIds.map((alertId) => bus.enqueue(alertSend, { alertId })));
    const report = await runToCompletion(bus, seeds, { log, pollMs: 20 });
    await bus.close();
    return report;
  }

  it("sends an alert once, however often its job runs", async () => {
    const alertId = await seedAlert(h.db, "student_visas_2024", 25000);
    await deliver([alertId]);
    const again = await deliver([alertId]);
    expect(again.counts.alertsSent ?? 0).toBe(0);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!.parsed;
    expect(mail.headers.get("x-claimwatch-claim")).toBe("student_visas_2024");
    expect(mail.headers.get("x-claimwatch-alert-id")).toBe(String(alertId));
    expect(mail.messageId).toBe(`<alert-${alertId}@claimwatch.invalid>`);
    expect((await listAlertsForClaim(h.db, "student_visas_2024"))[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("keeps the alert pending through a 421 and delivers it exactly once when the server accepts", async () => {
    smtp.setReplies({ mailFromReply: { code: 421, text: "4.3.2 Try again later" } });
    const alertId = await seedAlert(h.db, "students_enrolled", 400);
    let failures = 0;
    await deliver([alertId], {
      onFailure: () => {
        failures += 1;
        smtp.setReplies({ mailFromReply: null });
      },
    });
    expect(failures).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const [alert] = await listAlertsForClaim(h.db, "students_enrolled");
    expect(alert).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("marks the alert failed with the server's answer on a 550, visible in the status", async () => {
    smtp.setReplies({ rcptToReply: { code: 550, text: "5.1.1 no such mailbox" } });
    await deliver([await seedAlert(h.db, "tile_layer_ratio", 3, { unit: "ratio" })]);
    const [alert] = await listAlertsForClaim(h.db, "tile_layer_ratio");
    expect(alert).toMatchObject({ status: "failed", lastError: expect.stringContaining("550 5.1.1 no such mailbox") });
    expect(await listDueAlertIds(h.db)).not.toContain(alert!.id);
    const row = (await listClaimStatus(h.db)).find((r) => r.claim === "tile_layer_ratio");
    expect(row?.alerts).toMatchObject([{ status: "failed", last_error: expect.stringContaining("550") }]);
  });

  it("resends at most once, with the same Message-ID, after a crash between the send and the mark", async () => {
    const alertId = await seedAlert(h.db, "kyiv_strike_injured", 140);
    const crash = await runScript(["__fixtures__/crash-after-send.ts", String(alertId)], { DATABASE_URL: h.url ?? "" });
    expect(crash.code).toBe(137);
    expect(smtp.received).toHaveLength(1);
    expect((await listAlertsForClaim(h.db, "kyiv_strike_injured"))[0]?.status).toBe("sending");

    await new Promise((r) => setTimeout(r, 1100)); // the crashed sender's 1 s lease runs out
    const sweep = createInlineBus(handlers(1000), { log, backoffScale: 0.0001 });
    await runToCompletion(sweep, [await sweep.enqueue(outboxSweep, {})], { log, pollMs: 20 });
    await runToCompletion(sweep, [await sweep.enqueue(outboxSweep, {})], { log, pollMs: 20 });
    await sweep.close();

    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1]!.parsed.messageId).toBe(smtp.received[0]!.parsed.messageId);
    expect((await listAlertsForClaim(h.db, "kyiv_strike_injured"))[0]?.status).toBe("sent");
  });

  function runScript(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", ...args], {
        cwd: here,
        env: { ...process.env, SMTP_URL: smtp.url, ALERT_TO: "desk@example.org", ...env },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stderr }));
    });
  }
});

describe("two notify workers in two processes", () => {
  it("send each alert once, however many jobs ask for it", async () => {
    const database = await createTestDatabaseUrl();
    const smtp = await startSmtpTestServer();
    const prefix = makeTestPrefix();
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl,
      CLAIMWATCH_QUEUE_PREFIX: prefix,
      SMTP_URL: smtp.url,
      ALERT_TO: "desk@example.org",
      LOG_LEVEL: "warn",
    };
    const { createDb } = await import("@claimwatch/db");
    const dbh = await createDb({ databaseUrl: database.url, dataDir: "unused" });
    await dbh.migrate();
    await upsertClaims(dbh.db, catalog.claims);
    for (const value of [20_000, 40_000, 50_000, 60_000]) await seedAlert(dbh.db, "workers_repatriated_2019", value);
    const alerts = await listAlertsForClaim(dbh.db, "workers_repatriated_2019");

    const workers = [0, 1].map(() =>
      spawn(process.execPath, ["--import", "tsx", "main.ts"], { cwd: here, env, stdio: ["ignore", "ignore", "inherit"] }),
    );
    const bus = createBullBus({ redisUrl: testRedisUrl, prefix, log });
    const queue = bus.queue(alertSend);
    // Three jobs per alert under distinct ids, so BullMQ's own dedup cannot help: only the lease can.
    for (let copy = 0; copy < 3; copy += 1) {
      for (const a of alerts) await queue.add(alertSend.name, { alertId: a.id }, { jobId: `copy-${copy}-${a.id}`, removeOnComplete: true });
    }
    const deadline = Date.now() + 60_000;
    const busy = async () => Object.values(await queue.getJobCounts("waiting", "active", "delayed")).reduce((a, b) => a + b, 0);
    while (Date.now() < deadline && (await busy()) > 0) await new Promise((r) => setTimeout(r, 100));
    await Promise.all(workers.map((w) => new Promise((r) => (w.on("close", r), w.kill("SIGTERM")))));
    await bus.close();

    expect(smtp.received).toHaveLength(alerts.length);
    expect(new Set(smtp.received.map((r) => r.parsed.messageId)).size).toBe(alerts.length);
    expect((await listAlertsForClaim(dbh.db, "workers_repatriated_2019")).every((a) => a.status === "sent")).toBe(true);
    await dbh.close();
    await Promise.all([database.drop(), smtp.close(), removePrefix(prefix)]);
  });
});
