// Digest mode on the real Postgres and a real SMTP server: alerts wait for one daily e-mail that
// carries the day's new values and the sources that joined earlier alerts, sent once.
import { type SmtpTestServer, startSmtpTestServer } from "@claimwatch/alerts/testing";
import { createMailer } from "@claimwatch/alerts";
import { loadCatalog } from "@claimwatch/claims";
import { insertObservation, listAlertsForClaim, markAlertSent, setObservationAlert, upsertClaims } from "@claimwatch/db";
import { createTestDb, makeFigure, seedAlert, seedArticle } from "@claimwatch/db/testing";
import { alertSend, createInlineBus, digestBuild, runToCompletion } from "@claimwatch/queue";
import { createLogger } from "@claimwatch/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNotifyHandlers } from "./deps.ts";

const log = createLogger({ service: "test", level: "silent" });

describe("digest mode", () => {
  let h: Awaited<ReturnType<typeof createTestDb>>;
  let smtp: SmtpTestServer;
  // The rows get the database's clock; the digest's clock starts there and moves on by a day.
  let now = new Date();
  const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

  beforeAll(async () => {
    [h, smtp] = await Promise.all([createTestDb("postgres"), startSmtpTestServer()]);
    await upsertClaims(h.db, loadCatalog().claims);
  });
  afterAll(async () => Promise.all([h?.dispose(), smtp?.close()]));

  async function run(def: typeof alertSend | typeof digestBuild, payload: object) {
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: "unused", from: "claimwatch@example.org" });
    const env = {
      SMTP_URL: smtp.url,
      ALERT_TO: ["desk@example.org"],
      ALERT_FROM: "claimwatch@example.org",
      ALERT_MODE: "digest" as const,
      DIGEST_HOUR: 7,
      DIGEST_TZ: "Europe/Berlin",
      DASHBOARD_HOST: "127.0.0.1",
      DASHBOARD_PORT: 8080,
      DASHBOARD_URL: "http://dash.example.org",
      ALERT_LEASE_SEC: 60,
      SMTP_TIMEOUT_SEC: 10,
      CLAIMWATCH_DATA_DIR: "unused",
    };
    const bus = createInlineBus(createNotifyHandlers({ db: h.db, mailer, env, now: () => now }), { log });
    const report = await runToCompletion(bus, [await bus.enqueue(def as typeof digestBuild, payload as never)], { log, pollMs: 10 });
    await bus.close();
    await mailer.close();
    return report;
  }

  it("holds a new value for the digest instead of e-mailing it", async () => {
    const alertId = await seedAlert(h.db, "orlov_target_workers", 500);
    await run(alertSend, { alertId });
    expect(smtp.received).toHaveLength(0);
    expect((await listAlertsForClaim(h.db, "orlov_target_workers"))[0]?.status).toBe("queued");
  });

  it("sends the day's new values and corroborations in one e-mail, once", async () => {
    // An alert delivered before, and a new source that joined it since.
    const earlier = await seedAlert(h.db, "tile_layer_ratio", 3, { unit: "ratio" });
    await markAlertSent(h.db, earlier, "<alert-earlier@claimwatch.invalid>");
    const figure = makeFigure("tile_layer_ratio", 3, { unit: "ratio", quote: "One North Korean tiler now does the work of three locals, the ministry says." });
    const article = await seedArticle(h.db, [figure], { title: "Ministry repeats the three-to-one claim" });
    const obs = await insertObservation(h.db, { articleId: article, figure: { ...figure, claim: "tile_layer_ratio" }, verdict: "differs", observedAt: new Date() });
    await setObservationAlert(h.db, obs!.id, earlier);

    now = new Date();
    const first = await run(digestBuild, {});
    expect(first.counts).toMatchObject({ digestNewValues: 1, digestCorroborations: 1, noticesSent: 1 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!.parsed;
    expect(mail.headers.get("x-claimwatch-digest")).toBe(today());
    expect(mail.text).toContain("500");
    expect(mail.text).toContain("Ministry repeats the three-to-one claim");
    expect((await listAlertsForClaim(h.db, "orlov_target_workers"))[0]).toMatchObject({ status: "sent", messageId: mail.messageId });

    const again = await run(digestBuild, {});
    expect(again.counts.noticesSent ?? 0).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it("sends nothing the next day when nothing happened", async () => {
    now = new Date(now.getTime() + 24 * 3600 * 1000);
    const report = await run(digestBuild, {});
    expect(report.counts.noticesSent ?? 0).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });
});
