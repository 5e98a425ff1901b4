import { z } from "zod";

/**
 * Validates the environment against a service's schema. Throws one error listing every invalid
 * variable (never its value, which may be a secret), so a broken setup fails at boot.
 */
export function parseEnv<S extends z.ZodType>(schema: S, raw: NodeJS.ProcessEnv): z.infer<S> {
  // Empty strings mean "unset": `FOO= claimwatch run` must behave like no FOO at all.
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "(env)"}: ${issue.message}`);
  throw new EnvError(`invalid environment:\n${lines.join("\n")}`);
}

export class EnvError extends Error {
  override name = "EnvError";
}

/** Environment shared by every service; DESIGN.md lists the variables outside tools rely on. */
export const commonEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// or rediss:// URL")
    .default("redis://127.0.0.1:6379"),
  CLAIMWATCH_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, "CLAIMWATCH_QUEUE_PREFIX may hold letters, digits, _ . and - only")
    .default("claimwatch"),
  CLAIMWATCH_DATA_DIR: z.string().default("./.claimwatch"),
  CLAIMWATCH_CATALOG: z.string().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});
export type CommonEnv = z.infer<typeof commonEnvSchema>;

/** How claimwatch fetches feeds and pages; shared by the feed and article workers. */
export const fetchEnvSchema = z.object({
  /** A URL or e-mail address publishers can reach the operator at; sent in the User-Agent. */
  CLAIMWATCH_CONTACT: z.string().min(3).optional(),
  HTTP_TIMEOUT_SEC: z.coerce.number().positive().default(30),
  HTTP_CONNECT_TIMEOUT_SEC: z.coerce.number().positive().default(10),
  HTTP_MAX_BYTES: z.coerce.number().int().positive().default(15 * 1024 * 1024),
  HTTP_PER_HOST: z.coerce.number().int().positive().default(2),
  HTTP_HOST_GAP_MS: z.coerce.number().int().min(0).default(1000),
  FEED_MIN_POLL_MIN: z.coerce.number().positive().default(5),
  FEED_MAX_POLL_MIN: z.coerce.number().positive().default(24 * 60),
  FEED_MAX_ITEMS: z.coerce.number().int().positive().default(2000),
  /** "false" stops honouring robots.txt for article pages (feeds are always fetched). */
  RESPECT_ROBOTS: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});
export type FetchEnv = z.infer<typeof fetchEnvSchema>;

/** The User-Agent every request carries: who we are and how to reach the operator. */
export function userAgentOf(env: Pick<FetchEnv, "CLAIMWATCH_CONTACT">): string {
  const contact = env.CLAIMWATCH_CONTACT ? `; +${env.CLAIMWATCH_CONTACT}` : "";
  return `claimwatch/0.1 (news figure monitor${contact})`;
}

/** The HTTP client settings the fetch environment asks for (shape of @claimwatch/http's options). */
export function httpOptionsOf(env: FetchEnv) {
  return {
    userAgent: userAgentOf(env),
    timeoutMs: env.HTTP_TIMEOUT_SEC * 1000,
    connectTimeoutMs: env.HTTP_CONNECT_TIMEOUT_SEC * 1000,
    maxBytes: env.HTTP_MAX_BYTES,
    perHostConcurrency: env.HTTP_PER_HOST,
    minHostGapMs: env.HTTP_HOST_GAP_MS,
  };
}

/** How alerts are delivered; read by the notify worker and by the scheduler (digest schedule). */
export const digestEnvSchema = z.object({
  /** immediate: one e-mail per new value; digest: one e-mail a day at DIGEST_HOUR in DIGEST_TZ. */
  ALERT_MODE: z.enum(["immediate", "digest"]).default("immediate"),
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  DIGEST_TZ: z
    .string()
    .refine(isTimeZone, "DIGEST_TZ must be an IANA time zone such as Europe/Berlin")
    .default("UTC"),
});
export type DigestEnv = z.infer<typeof digestEnvSchema>;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
