import { commonEnvSchema, digestEnvSchema, parseEnv } from "@claimwatch/runtime";
import { z } from "zod";

/** Settings of alert delivery; shared by the notify worker and the all-in-one commands. */
export const alertEnvSchema = digestEnvSchema.extend({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional(),
  ALERT_TO: z
    .string()
    .transform((s) => s.split(",").map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().email("ALERT_TO must be comma-separated e-mail addresses")))
    .default([]),
  ALERT_FROM: z.string().default("claimwatch@localhost"),
  DASHBOARD_HOST: z.string().default("127.0.0.1"),
  DASHBOARD_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DASHBOARD_URL: z.string().url().optional(),
  ALERT_LEASE_SEC: z.coerce.number().int().min(30).default(300),
  SMTP_TIMEOUT_SEC: z.coerce.number().int().min(1).default(60),
});

const envSchema = commonEnvSchema.merge(alertEnvSchema).extend({
  NOTIFY_CONCURRENCY: z.coerce.number().int().positive().optional(),
});
export type NotifyEnv = z.infer<typeof envSchema>;

export const parseNotifyEnv = (raw: NodeJS.ProcessEnv): NotifyEnv => checkRecipients(parseEnv(envSchema, raw));

/** SMTP needs someone to send to; the .eml outbox does not. Fail at boot, not at the first alert. */
export function checkRecipients<E extends { SMTP_URL?: string | undefined; ALERT_TO: string[] }>(env: E): E {
  if (env.SMTP_URL && env.ALERT_TO.length === 0) {
    throw new Error("invalid environment:\n  - ALERT_TO: required when SMTP_URL is set (comma-separated addresses)");
  }
  return env;
}

export function dashboardUrlOf(env: { DASHBOARD_URL?: string | undefined; DASHBOARD_HOST: string; DASHBOARD_PORT: number }): string {
  return (env.DASHBOARD_URL ?? `http://${env.DASHBOARD_HOST}:${env.DASHBOARD_PORT}`).replace(/\/+$/, "");
}
