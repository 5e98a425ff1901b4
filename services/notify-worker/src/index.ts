export { createMailerFromEnv, createNotifyHandlers } from "./deps.ts";
export { alertEnvSchema, checkRecipients, dashboardUrlOf, type NotifyEnv, parseNotifyEnv } from "./env.ts";
export { createAlertSendHandler, type NotifyDeps, TransientSendError } from "./jobs/alert-send.job.ts";
export { createDigestBuildHandler } from "./jobs/digest-build.job.ts";
export { createNoticeSendHandler, type DigestPayload } from "./jobs/notice-send.job.ts";
export { createOutboxSweepHandler } from "./jobs/outbox-sweep.job.ts";
export { start } from "./start.ts";
