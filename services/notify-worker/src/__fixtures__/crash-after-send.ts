// A notify worker that dies the moment the SMTP server has accepted a message, before it can mark
// the alert sent: the crash window the lease and the stable Message-ID exist for.
// Usage (env: DATABASE_URL, SMTP_URL, ALERT_TO): tsx crash-after-send.ts <alertId>
import { createMailer } from "@claimwatch/alerts";
import { createDb } from "@claimwatch/db";
import { runJob } from "@claimwatch/queue";
import { createLogger } from "@claimwatch/runtime";
import { createAlertSendHandler } from "../jobs/alert-send.job.ts";

const alertId = Number(process.argv[2]);
const dbh = await createDb({ databaseUrl: process.env.DATABASE_URL, dataDir: "unused" });
const mailer = createMailer({ smtpUrl: process.env.SMTP_URL, outboxDir: "unused", from: "claimwatch@example.org" });
const crashing = {
  ...mailer,
  async send(message: Parameters<typeof mailer.send>[0]) {
    const result = await mailer.send(message);
    if (result.ok) process.exit(137);
    return result;
  },
};
const handler = createAlertSendHandler({
  db: dbh.db,
  mailer: crashing,
  alertTo: [process.env.ALERT_TO ?? "desk@example.org"],
  dashboardUrl: "http://dashboard.example.org",
  leaseMs: 1000,
  mode: "immediate",
});
await runJob(handler, { alertId }, { jobId: `crash-${alertId}`, attempt: 1, enqueue: async () => ({ queue: "x", id: "x" }), log: createLogger({ service: "crash", level: "silent" }) });
process.stderr.write("the send did not crash\n");
process.exit(1);
