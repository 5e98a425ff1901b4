import { join } from "node:path";
import { createMailer, type Mailer } from "@claimwatch/alerts";
import type { Db } from "@claimwatch/db";
import type { HandlerEntry } from "@claimwatch/queue";
import { type alertEnvSchema, dashboardUrlOf } from "./env.ts";
import { createAlertSendHandler } from "./jobs/alert-send.job.ts";
import { createDigestBuildHandler } from "./jobs/digest-build.job.ts";
import { createNoticeSendHandler } from "./jobs/notice-send.job.ts";
import { createOutboxSweepHandler } from "./jobs/outbox-sweep.job.ts";
import type { z } from "zod";

type AlertEnv = z.infer<typeof alertEnvSchema> & { CLAIMWATCH_DATA_DIR: string };

/** SMTP when SMTP_URL is set, else .eml files under $CLAIMWATCH_DATA_DIR/outbox. */
export function createMailerFromEnv(env: AlertEnv): Mailer {
  return createMailer({
    smtpUrl: env.SMTP_URL ?? null,
    outboxDir: join(env.CLAIMWATCH_DATA_DIR, "outbox"),
    from: env.ALERT_FROM,
    timeoutMs: env.SMTP_TIMEOUT_SEC * 1000,
  });
}

/** The notify worker's handlers: alert-send, notice-send, digest-build and outbox-sweep. */
export function createNotifyHandlers(deps: { db: Db; mailer: Mailer; env: AlertEnv; now?: () => Date }): HandlerEntry[] {
  const common = {
    db: deps.db,
    mailer: deps.mailer,
    alertTo: deps.env.ALERT_TO,
    dashboardUrl: dashboardUrlOf(deps.env),
    leaseMs: deps.env.ALERT_LEASE_SEC * 1000,
  };
  return [
    createAlertSendHandler({ ...common, mode: deps.env.ALERT_MODE }),
    createNoticeSendHandler(common),
    createDigestBuildHandler({ ...common, timeZone: deps.env.DIGEST_TZ, now: deps.now ?? (() => new Date()) }),
    createOutboxSweepHandler({ db: deps.db }),
  ];
}
